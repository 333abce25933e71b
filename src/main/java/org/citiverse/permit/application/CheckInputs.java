package org.citiverse.permit.application;

import java.util.Map;

/**
 * What a citizen asks a permit check: the place (an address of the register, or a position), the
 * activity and the answers (in the rules' terms, in question order).
 */
public record CheckInputs(String addressId, Double latitude, Double longitude, String activity,
                          Map<String, Object> answers) {

    public CheckInputs {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
