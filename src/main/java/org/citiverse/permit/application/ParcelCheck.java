package org.citiverse.permit.application;

import java.util.Map;

/**
 * A permit check on a parcel: the parcel and its zone as the city model knows them, what was
 * computed rather than asked (a footprint's area, its distance to the parcel's boundary, the lot
 * coverage with it, the zone's limits), and what the rules in force said.
 *
 * @param facts   computed values by name (metres, m², percent), also given to the rules
 * @param result  the rules' answer; UNDECIDED when no rules cover the activity in this zone type
 */
public record ParcelCheck(String parcelId, String addressId, ParcelView.ZoneView zone, Map<String, Object> facts,
                          PermitCheckResult result) {
}
