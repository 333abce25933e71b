package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.citiverse.device.domain.Actuation;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceCommandChannel;
import org.citiverse.device.domain.DeviceRegistry;

/** Commands that waited for an offline device go out when it is seen again; expired ones time out instead. */
@ApplicationScoped
public class PendingCommands {

    @Inject
    DeviceRegistry devices;

    @Inject
    DeviceCommandChannel channel;

    /** Sends (or times out) the device's waiting commands, in the caller's transaction. */
    public void sendWaiting(Device device, Instant now) {
        for (Actuation waiting : devices.pendingFor(device.id())) {
            if (!waiting.expireIfDue(now)) {
                channel.send(waiting.command());
                waiting.sent(now);
            }
        }
    }
}
