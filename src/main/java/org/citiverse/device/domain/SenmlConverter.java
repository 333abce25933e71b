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
 * '/', ':' or ';'); records of one time form one reading. A base value {@code bv} is added to
 * every {@code v} and a base sum {@code bs} to every sum {@code s} (a record may carry a sum instead
 * of a value); two values of one property at one time are refused, not one silently dropped.
 */
public final class SenmlConverter implements ReadingConverter {

    /** RFC 8428 section 4.5.3: smaller times are relative to the current time. */
    private static final double RELATIVE_LIMIT = 268_435_456d;

    @Override
    public String contentType() {
        return "application/senml+json";
    }

    @Override
    public List<Reading> convert(String deviceId, String body, Instant receivedAt) {
        JsonValue json = JSON.createReader(new java.io.StringReader(body)).readValue();
        if (!(json instanceof JsonArray pack) || pack.isEmpty()) {
            throw new UnconvertibleException("a SenML pack is a non-empty array of records");
        }
        String baseName = "";
        double baseTime = 0;
        double baseValue = 0;
        double baseSum = 0;
        Map<Instant, Map<String, JsonValue>> byTime = new TreeMap<>();
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
            if (record.containsKey("bv")) {
                baseValue = number(record, "bv");
            }
            if (record.containsKey("bs")) {
                baseSum = number(record, "bs");
            }
            String name = property(baseName + (record.containsKey("n") ? text(record, "n") : ""));
            double time = baseTime + (record.containsKey("t") ? number(record, "t") : 0);
            if (!(Math.abs(time) < 1e11)) {
                throw new UnconvertibleException("a SenML time must be seconds since 1970 (or relative, below 2^28)");
            }
            Instant at = time < RELATIVE_LIMIT ? receivedAt.plusMillis(Math.round(time * 1000))
                    : Instant.ofEpochMilli(Math.round(time * 1000));
            if (byTime.computeIfAbsent(at, t -> new java.util.LinkedHashMap<>())
                    .putIfAbsent(name, value(record, baseValue, baseSum)) != null) {
                throw new UnconvertibleException("two values of " + name + " at " + at);
            }
        }
        List<Reading> readings = new ArrayList<>();
        byTime.forEach((at, values) -> {
            JsonObjectBuilder reading = JSON.createObjectBuilder();
            values.forEach(reading::add);
            readings.add(new Reading(at, reading.build()));
        });
        return readings;
    }

    private static JsonValue value(JsonObject record, double baseValue, double baseSum) {
        if (record.get("v") instanceof JsonNumber v) {
            return baseValue == 0 ? v : sum(baseValue, v);
        }
        if (record.get("s") instanceof JsonNumber s) {
            return baseSum == 0 ? s : sum(baseSum, s);
        }
        if (record.get("vs") instanceof JsonString vs) {
            return vs;
        }
        if (record.containsKey("vb") && (record.get("vb") == JsonValue.TRUE || record.get("vb") == JsonValue.FALSE)) {
            return record.get("vb");
        }
        throw new UnconvertibleException("every SenML record needs a value: v (number), vs (text), vb (boolean) "
                + "or s (sum)");
    }

    /** A base plus a record's own number; a sum past a double's range is no measurement. */
    private static JsonValue sum(double base, JsonNumber own) {
        double sum = base + own.doubleValue();
        if (!Double.isFinite(sum)) {
            throw new InvalidDeviceMessageException(Rejection.NUMBER_OUT_OF_RANGE, "a base value plus a record's value");
        }
        return JSON.createValue(sum);
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
