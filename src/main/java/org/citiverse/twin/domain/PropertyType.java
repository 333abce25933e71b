package org.citiverse.twin.domain;

import jakarta.json.JsonValue;

/** The type of a twin property's value. */
public enum PropertyType {
    NUMBER,
    TEXT,
    BOOLEAN;

    public boolean accepts(JsonValue value) {
        return switch (this) {
            case NUMBER -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case TEXT -> value.getValueType() == JsonValue.ValueType.STRING;
            case BOOLEAN -> value.getValueType() == JsonValue.ValueType.TRUE
                    || value.getValueType() == JsonValue.ValueType.FALSE;
        };
    }
}
