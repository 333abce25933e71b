package org.citiverse.simulator.domain;

import java.util.Optional;

/**
 * A device's answer to a command: carried out or not, why, after how long, what the action produced
 * (a camera's picture; empty for most), and the report of its new state that follows (none when
 * nothing changed).
 */
public record Answer(boolean ok, String detail, long delayMs, jakarta.json.JsonObject result, Optional<String> report) {

    public Answer {
        result = result == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : result;
    }

    Answer(boolean ok, String detail, long delayMs, Optional<String> report) {
        this(ok, detail, delayMs, null, report);
    }

    /** The body on the acks queue (docs/DEVICE-PROTOCOL.md). */
    public String body(String correlationId) {
        return org.citiverse.shared.domain.JsonText.JSON.createObjectBuilder()
                .add("correlationId", correlationId)
                .add("outcome", ok ? "ok" : "failed")
                .add("detail", detail)
                .add("result", result)
                .build().toString();
    }
}
