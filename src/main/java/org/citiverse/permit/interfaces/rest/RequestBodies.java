package org.citiverse.permit.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;

/**
 * How the permit APIs read what they are sent: a JSON body as the record an operation takes, and
 * days; anything else is a 400 of the operation's problem type, never an internal error.
 */
final class RequestBodies {

    private static final Jsonb JSON = JsonbBuilder.create();

    private RequestBodies() {
    }

    /** The body as a record of this type; null for an empty body (or the JSON null). */
    static <T> T readOrNull(String body, Class<T> type, String problemType) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.fromJson(body, type);
        } catch (JsonbException e) {
            throw new InvalidRequestException(problemType, "the body is not the JSON object this operation takes");
        }
    }

    /** A day written YYYY-MM-DD; null when none is given. */
    static LocalDate date(String text, String name, String problemType) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(problemType, name + " is a date YYYY-MM-DD");
        }
    }
}
