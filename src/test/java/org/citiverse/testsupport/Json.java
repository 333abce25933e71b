package org.citiverse.testsupport;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Parses response bodies. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
