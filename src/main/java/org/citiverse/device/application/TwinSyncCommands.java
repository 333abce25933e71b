package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.citiverse.device.domain.DeviceCommand;
import org.citiverse.device.domain.DeviceCommandChannel;
import org.citiverse.twin.application.TwinEvents;

/**
 * A twin's sync request that starts running becomes a {@code sync} command for the device layer
 * (REQ-DT-07). Observed inside the twin's transaction: the request and its command commit
 * together or not at all. The device's next report about the twin completes the request.
 */
@ApplicationScoped
public class TwinSyncCommands {

    @Inject
    DeviceCommandChannel commands;

    void onSyncRequested(@Observes TwinEvents.TwinSyncRequested requested) {
        commands.send(new DeviceCommand(requested.requestId(), requested.twinId(), DeviceCommand.SYNC,
                requested.deadline(), null));
    }
}
