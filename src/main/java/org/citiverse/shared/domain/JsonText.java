package org.citiverse.shared.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * JSON for every context, through one provider: the static {@code jakarta.json.Json} methods look
 * the provider up again on every call, which costs more than building or parsing a small object.
 */
public final class JsonText {

    /** Use instead of {@code Json}: the same methods, looked up once. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private static final JsonReaderFactory READERS = JSON.createReaderFactory(null);

    private JsonText() {
    }

    /** Stored text as the JSON object it holds. */
    public static JsonObject object(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
