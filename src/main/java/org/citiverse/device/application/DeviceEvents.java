package org.citiverse.device.application;

import java.util.UUID;

/** What happens in the device context that other contexts observe, fired inside the change's transaction. */
public final class DeviceEvents {

    private DeviceEvents() {
    }

    /** A command was decided: ACKED, FAILED or TIMED_OUT (guest notification tells the person who asked). */
    public record CommandFinished(UUID commandId, String twinId, String action, String status, String requestedBy) {
    }
}
