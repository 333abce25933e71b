/**
 * "What is here?": asks every context that knows places (twins, services, later complaints) through
 * the shared {@code NearbyPlaces} contract and merges their answers by distance.
 */
package org.citiverse.place.application;
