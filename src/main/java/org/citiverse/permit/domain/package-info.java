/**
 * The city model (parcels, zones and buildings: polygons in WGS84, computed in a local metric
 * projection; the rules a polygon and an imported GeoJSON feature must keep; the footprint geometry
 * of a check) and the rule sets (one per activity and zone type, versioned, DRAFT → ACTIVE →
 * RETIRED), their test cases, outcomes, and the port to the decision engine
 * ({@link org.citiverse.permit.domain.RuleEngine}).
 */
package org.citiverse.permit.domain;
