/**
 * The permit context's REST API: the city model (parcels with their zone and buildings, the
 * administrators' GeoJSON import), {@code /api/v1/permit-rule-sets} (staff) and
 * {@code /api/v1/permit-checks} (everyone).
 */
package org.citiverse.permit.interfaces.rest;
