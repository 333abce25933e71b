/**
 * "What is here?": asks every context that knows places (twins, services, later complaints) through
 * the shared {@code NearbyPlaces} contract and merges their answers by distance. The address
 * register: search, lookup, nearest address and import, offered to other contexts as the shared
 * {@code AddressLookup}.
 */
package org.citiverse.place.application;
