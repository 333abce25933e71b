package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
            return List.of(new Reading(observedAt(object.get("observedAt"), receivedAt), flat(values)));
        }
        return List.of(new Reading(receivedAt, flat(object)));
    }

    private static Instant observedAt(JsonValue value, Instant receivedAt) {
        if (value == null || value == JsonValue.NULL) {
            return receivedAt;
        }
        try {
            return Instant.parse(((JsonString) value).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            throw new UnconvertibleException("observedAt must be an instant such as 2026-11-22T14:03:00Z");
        }
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
