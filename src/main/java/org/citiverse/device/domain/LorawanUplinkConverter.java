package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * A LoRaWAN network server's uplink, as The Things Stack (v3) posts it to its webhooks
 * ({@code application/lorawan-uplink+json}): the values are the payload the network server decoded,
 * {@code uplink_message.decoded_payload}; their time is when the network received the frame,
 * {@code uplink_message.received_at} (else the message's {@code received_at}). Nested objects in the
 * payload become names joined with '_' ({@code {"gps": {"lat": 52}}} → {@code gps_lat}); lists are refused.
 * The end device the network server names ({@code end_device_ids.device_id}) must be the device whose
 * signature the message carries: a gateway forwarding one device's uplink under another's credential
 * would otherwise write into the wrong twin.
 */
public final class LorawanUplinkConverter implements ReadingConverter {

    public static final String CONTENT_TYPE = "application/lorawan-uplink+json";

    private static final int MAX_DEPTH = 3;

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public List<Reading> convert(String deviceId, String body, Instant receivedAt) {
        JsonValue json = JSON.createReader(new java.io.StringReader(body)).readValue();
        if (!(json instanceof JsonObject uplink) || !(uplink.get("uplink_message") instanceof JsonObject message)) {
            throw new UnconvertibleException("an uplink is an object with uplink_message");
        }
        requireSigner(uplink.get("end_device_ids"), deviceId);
        if (!(message.get("decoded_payload") instanceof JsonObject payload) || payload.isEmpty()) {
            throw new UnconvertibleException("the uplink has no decoded_payload (is a payload formatter set up?)");
        }
        JsonObjectBuilder values = JSON.createObjectBuilder();
        flatten("", payload, values, 1);
        Instant at = ReadingConverters.instant(message.get("received_at"),
                ReadingConverters.instant(uplink.get("received_at"), receivedAt, "received_at"), "received_at");
        return List.of(new Reading(at, values.build()));
    }

    /** An uplink that names no end device is the signer's; one that names another is refused. */
    private static void requireSigner(JsonValue ids, String deviceId) {
        if (ids == null || ids == JsonValue.NULL) {
            return;
        }
        if (!(ids instanceof JsonObject named)) {
            throw new UnconvertibleException("end_device_ids must be an object");
        }
        JsonValue id = named.get("device_id");
        if (id == null || id == JsonValue.NULL) {
            return;
        }
        if (!(id instanceof JsonString text)) {
            throw new UnconvertibleException("end_device_ids.device_id must be text");
        }
        if (!text.getString().equals(deviceId)) {
            throw new InvalidDeviceMessageException(Rejection.DEVICE_MISMATCH, "end_device_ids.device_id is '"
                    + printable(text.getString()) + "', but the message is signed by device '" + deviceId + "'");
        }
    }

    /** What the uplink named, safe to quote in a dead letter. */
    private static String printable(String text) {
        String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        return shown.replaceAll("[^A-Za-z0-9._:-]", "?");
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

}
