package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SenML JSON (RFC 8428, application/senml+json): a pack of records with base name and base time;
 * each record's name is the base name plus its own, its value {@code v} (number), {@code vs}
 * (text) or {@code vb} (boolean), its time the base time plus its own (seconds; times below
 * 2^28 are relative to now, as the RFC says). A property is the last part of the name (after
 * '/', ':' or ';'); records of one time form one reading.
 */
public final class SenmlConverter implements ReadingConverter {

    /** RFC 8428 section 4.5.3: smaller times are relative to the current time. */
    private static final double RELATIVE_LIMIT = 268_435_456d;

    @Override
    public String contentType() {
        return "application/senml+json";
    }

    @Override
    public List<Reading> convert(String body, Instant receivedAt) {
        JsonValue json = JSON.createReader(new java.io.StringReader(body)).readValue();
        if (!(json instanceof JsonArray pack) || pack.isEmpty()) {
            throw new UnconvertibleException("a SenML pack is a non-empty array of records");
        }
        String baseName = "";
        double baseTime = 0;
        Map<Instant, JsonObjectBuilder> byTime = new TreeMap<>();
        for (JsonValue item : pack) {
            if (!(item instanceof JsonObject record)) {
                throw new UnconvertibleException("every SenML record is an object");
            }
            if (record.containsKey("bn")) {
                baseName = text(record, "bn");
            }
            if (record.containsKey("bt")) {
                baseTime = number(record, "bt");
            }
            String name = property(baseName + (record.containsKey("n") ? text(record, "n") : ""));
            double time = baseTime + (record.containsKey("t") ? number(record, "t") : 0);
            if (!(Math.abs(time) < 1e11)) {
                throw new UnconvertibleException("a SenML time must be seconds since 1970 (or relative, below 2^28)");
            }
            Instant at = time < RELATIVE_LIMIT ? receivedAt.plusMillis(Math.round(time * 1000))
                    : Instant.ofEpochMilli(Math.round(time * 1000));
            byTime.computeIfAbsent(at, t -> JSON.createObjectBuilder()).add(name, value(record));
        }
        List<Reading> readings = new ArrayList<>();
        byTime.forEach((at, values) -> readings.add(new Reading(at, values.build())));
        return readings;
    }

    private static JsonValue value(JsonObject record) {
        if (record.get("v") instanceof JsonNumber v) {
            return v;
        }
        if (record.get("vs") instanceof JsonString vs) {
            return vs;
        }
        if (record.containsKey("vb") && (record.get("vb") == JsonValue.TRUE || record.get("vb") == JsonValue.FALSE)) {
            return record.get("vb");
        }
        throw new UnconvertibleException("every SenML record needs a value: v (number), vs (text) or vb (boolean)");
    }

    private static String property(String fullName) {
        String name = fullName.substring(Math.max(fullName.lastIndexOf('/'), Math.max(fullName.lastIndexOf(':'),
                fullName.lastIndexOf(';'))) + 1);
        if (name.isEmpty()) {
            throw new UnconvertibleException("a SenML record has no name (bn + n)");
        }
        return name;
    }

    private static String text(JsonObject record, String field) {
        if (!(record.get(field) instanceof JsonString s)) {
            throw new UnconvertibleException(field + " must be text");
        }
        return s.getString();
    }

    private static double number(JsonObject record, String field) {
        if (!(record.get(field) instanceof JsonNumber n)) {
            throw new UnconvertibleException(field + " must be a number");
        }
        return n.doubleValue();
    }
}
