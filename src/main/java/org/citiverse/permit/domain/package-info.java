/**
 * The city model: parcels, zones and buildings (polygons in WGS84, computed in a local metric
 * projection), the rules a polygon and an imported GeoJSON feature must keep, and the footprint
 * geometry of a permit check.
 */
package org.citiverse.permit.domain;
