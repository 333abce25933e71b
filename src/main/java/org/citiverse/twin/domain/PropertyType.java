package org.citiverse.twin.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;

/** The type of a twin property's value. */
public enum PropertyType {
    NUMBER,
    TEXT,
    BOOLEAN;

    public boolean accepts(JsonValue value) {
        return switch (this) {
            // JSON has no bounds, but history averages doubles: a number past their range is no value.
            case NUMBER -> value instanceof JsonNumber n && Double.isFinite(n.doubleValue());
            case TEXT -> value.getValueType() == JsonValue.ValueType.STRING;
            case BOOLEAN -> value.getValueType() == JsonValue.ValueType.TRUE
                    || value.getValueType() == JsonValue.ValueType.FALSE;
        };
    }
}
