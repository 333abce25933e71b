package org.citiverse.permit.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a permit check is asked with: the place (an address of the register, or a position), the
 * activity, the day whose rules apply (null: today) and the answers. An application is made from
 * these: the server checks again rather than trusting a result sent to it.
 */
public record CheckParameters(String addressId, Double latitude, Double longitude, String activity, LocalDate date,
                              Map<String, Object> answers) implements Serializable {

    public CheckParameters {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers == null ? Map.of() : answers));
    }
}
