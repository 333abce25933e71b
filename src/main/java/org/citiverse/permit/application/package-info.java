/**
 * The city model's services: {@code CityModel} answers lookups from an in-memory STRtree of
 * parcels and zones and computes footprint geometry; {@code CityModelImport} loads GeoJSON
 * from administrators.
 */
package org.citiverse.permit.application;
