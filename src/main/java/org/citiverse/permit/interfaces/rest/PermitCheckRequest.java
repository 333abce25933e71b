package org.citiverse.permit.interfaces.rest;

import java.util.Map;

/**
 * A check of an activity against the rules alone (no parcel yet).
 *
 * @param activity e.g. fence, dormer, outbuilding
 * @param zoneType e.g. residential
 * @param date     the day whose rules apply (YYYY-MM-DD); today when left out
 * @param inputs   the answers the rules ask for, e.g. {"location": "front", "height": 1.2}
 */
public record PermitCheckRequest(String activity, String zoneType, String date, Map<String, Object> inputs) {
}
