package org.citiverse.device.domain;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The converters the pipeline knows, by content type (the same set {@link DeviceMessage} accepts). */
public final class ReadingConverters {

    private static final Map<String, ReadingConverter> BY_TYPE = List.of(new SenmlConverter(),
            new CitiverseJsonConverter(), new LorawanUplinkConverter()).stream()
            .collect(Collectors.toUnmodifiableMap(ReadingConverter::contentType, Function.identity()));

    private ReadingConverters() {
    }

    /**
     * A time a message gives as an ISO-8601 instant in its field {@code field}, or {@code otherwise}
     * when the field is absent or null.
     *
     * @throws UnconvertibleException when it is something else
     */
    static Instant instant(JsonValue value, Instant otherwise, String field) {
        if (value == null || value == JsonValue.NULL) {
            return otherwise;
        }
        try {
            return Instant.parse(((JsonString) value).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            throw new UnconvertibleException(field + " must be an instant such as 2026-11-22T14:03:00Z");
        }
    }

    /** The converter of a content type that {@link DeviceMessage#validate} accepted. */
    public static ReadingConverter of(String contentType) {
        ReadingConverter converter = BY_TYPE.get(contentType);
        if (converter == null) {
            throw new IllegalStateException("no converter for " + contentType);
        }
        return converter;
    }
}
