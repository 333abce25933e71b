package org.citiverse.simulator.domain;

import java.util.Optional;

/**
 * A device's answer to a command: carried out or not, why, after how long, and the report of its
 * new state that follows (none when nothing changed).
 */
public record Answer(boolean ok, String detail, long delayMs, Optional<String> report) {

    /** The body on the acks queue (docs/DEVICE-PROTOCOL.md). */
    public String body(String correlationId) {
        return org.citiverse.shared.domain.JsonText.JSON.createObjectBuilder()
                .add("correlationId", correlationId)
                .add("outcome", ok ? "ok" : "failed")
                .add("detail", detail)
                .build().toString();
    }
}
