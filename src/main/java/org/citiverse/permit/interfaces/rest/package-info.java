/** The city model's REST API: parcels with their zone and buildings, and the administrators' GeoJSON import. */
package org.citiverse.permit.interfaces.rest;
