package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * The plain JSON format (application/json): either {@code {"observedAt": instant, "values": {...}}}
 * or just the values {@code {"open": true}} observed when received. Values are text, numbers,
 * booleans or null; nothing nested.
 */
public final class CitiverseJsonConverter implements ReadingConverter {

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public List<Reading> convert(String deviceId, String body, Instant receivedAt) {
        JsonValue json = JSON.createReader(new java.io.StringReader(body)).readValue();
        if (!(json instanceof JsonObject object)) {
            throw new UnconvertibleException("the body must be a JSON object");
        }
        if (object.get("values") instanceof JsonObject values) {
            Instant observedAt = ReadingConverters.instant(object.get("observedAt"), receivedAt, "observedAt");
            return List.of(new Reading(observedAt, flat(values)));
        }
        return List.of(new Reading(receivedAt, flat(object)));
    }


    private static JsonObject flat(JsonObject values) {
        for (var e : values.entrySet()) {
            if (e.getValue() instanceof JsonObject || e.getValue().getValueType() == JsonValue.ValueType.ARRAY) {
                throw new UnconvertibleException("value " + e.getKey() + " must be text, a number, a boolean or null");
            }
        }
        return values;
    }
}
