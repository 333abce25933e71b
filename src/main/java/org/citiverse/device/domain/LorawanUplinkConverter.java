package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A LoRaWAN network server's uplink, as The Things Stack (v3) posts it to its webhooks
 * ({@code application/lorawan-uplink+json}): the values are the payload the network server decoded,
 * {@code uplink_message.decoded_payload}; their time is when the network received the frame,
 * {@code uplink_message.received_at} (else the message's {@code received_at}). Nested objects in the
 * payload become names joined with '_' ({@code {"gps": {"lat": 52}}} → {@code gps_lat}); lists are refused.
 */
public final class LorawanUplinkConverter implements ReadingConverter {

    public static final String CONTENT_TYPE = "application/lorawan-uplink+json";

    private static final int MAX_DEPTH = 3;

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public List<Reading> convert(String body, Instant receivedAt) {
        JsonValue json = JSON.createReader(new java.io.StringReader(body)).readValue();
        if (!(json instanceof JsonObject uplink) || !(uplink.get("uplink_message") instanceof JsonObject message)) {
            throw new UnconvertibleException("an uplink is an object with uplink_message");
        }
        if (!(message.get("decoded_payload") instanceof JsonObject payload) || payload.isEmpty()) {
            throw new UnconvertibleException("the uplink has no decoded_payload (is a payload formatter set up?)");
        }
        JsonObjectBuilder values = JSON.createObjectBuilder();
        flatten("", payload, values, 1);
        Instant at = instant(message.get("received_at"), instant(uplink.get("received_at"), receivedAt));
        return List.of(new Reading(at, values.build()));
    }

    private static void flatten(String prefix, JsonObject object, JsonObjectBuilder into, int depth) {
        for (var e : object.entrySet()) {
            String name = prefix + e.getKey();
            JsonValue value = e.getValue();
            if (value instanceof JsonObject nested && depth < MAX_DEPTH) {
                flatten(name + "_", nested, into, depth + 1);
            } else if (value instanceof JsonObject || value.getValueType() == JsonValue.ValueType.ARRAY) {
                throw new UnconvertibleException("decoded_payload." + name + " must be text, a number, a boolean or "
                        + "null (objects up to " + MAX_DEPTH + " deep)");
            } else {
                into.add(name, value);
            }
        }
    }

    private static Instant instant(JsonValue value, Instant otherwise) {
        if (value == null || value == JsonValue.NULL) {
            return otherwise;
        }
        try {
            return Instant.parse(((JsonString) value).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            throw new UnconvertibleException("received_at must be an instant such as 2026-11-22T14:03:00.123Z");
        }
    }
}
