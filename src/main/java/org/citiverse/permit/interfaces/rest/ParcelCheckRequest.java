package org.citiverse.permit.interfaces.rest;

import java.util.Map;

/**
 * A check of a planned activity on a parcel.
 *
 * @param addressId an id of the city's address register; or give latitude and longitude
 * @param date      the day whose rules apply (YYYY-MM-DD); today when left out
 * @param inputs    the answers the rules ask for, e.g. {"location": "rear", "height": 2.5, "width": 3, "depth": 4}
 */
public record ParcelCheckRequest(String addressId, Double latitude, Double longitude, String activity, String date,
                                 Map<String, Object> inputs) {
}
