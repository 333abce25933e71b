package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A command for the device layer about one twin's physical object (FGMV-31 L2; REQ-DT-07 for
 * {@code sync}). The correlation id comes back on the device's answer; a command not delivered
 * by {@code expiresAt} is worthless and the broker drops it.
 */
public record DeviceCommand(UUID correlationId, String twinId, String command, Instant expiresAt, String parameters) {

    /** Ask the physical object to report its current state now. */
    public static final String SYNC = "sync";

    public DeviceCommand {
        Objects.requireNonNull(correlationId);
        Objects.requireNonNull(twinId);
        Objects.requireNonNull(command);
        Objects.requireNonNull(expiresAt);
        parameters = parameters == null ? "{}" : parameters;
    }

    /** The body on the commands queue (docs/DEVICE-PROTOCOL.md). */
    public String body() {
        return JSON.createObjectBuilder().add("command", command).add("twinId", twinId)
                .add("correlationId", correlationId.toString()).add("expiresAt", expiresAt.toString())
                .add("parameters", org.citiverse.shared.domain.JsonText.object(parameters)).build().toString();
    }
}
