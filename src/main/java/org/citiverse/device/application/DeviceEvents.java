package org.citiverse.device.application;

import java.util.UUID;

/** What happens in the device context that other contexts observe, fired inside the change's transaction. */
public final class DeviceEvents {

    private DeviceEvents() {
    }

    /**
     * A command was decided: ACKED, FAILED or TIMED_OUT (guest notification tells the person who asked).
     * {@code result} is what the device handed back with its answer (a camera's picture), or empty; it
     * is passed on, not kept by the device context.
     */
    public record CommandFinished(UUID commandId, String twinId, String action, String status, String requestedBy,
                                  jakarta.json.JsonObject result) {

        public CommandFinished {
            result = result == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : result;
        }

        static CommandFinished of(org.citiverse.device.domain.Actuation command) {
            return of(command, null);
        }

        static CommandFinished of(org.citiverse.device.domain.Actuation command, jakarta.json.JsonObject result) {
            return new CommandFinished(command.id(), command.twinId(), command.action(), command.status().name(),
                    command.requestedBy(), result);
        }

        public boolean acked() {
            return "ACKED".equals(status);
        }
    }

    /** A doorbell rang (guest notification tells the household). */
    public record DoorbellRang(String deviceId, String twinId, java.time.Instant observedAt) {
    }

    /**
     * A device reported a fault ({@code fault} true) or that it is healthy again (false); {@code what}
     * names the reported property, e.g. {@code lampFault}. Complaints raise or update a maintenance request.
     */
    public record DeviceFault(String deviceId, String twinId, String what, boolean fault, java.time.Instant observedAt) {
    }
}
