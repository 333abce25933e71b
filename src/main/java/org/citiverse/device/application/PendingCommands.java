package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.citiverse.device.domain.Actuation;
import org.citiverse.device.domain.DeviceCommandChannel;
import org.citiverse.device.domain.DeviceRegistry;

/**
 * Commands that waited for an offline device go out when it is seen again; expired ones time out
 * instead, and their requesters are told (CommandFinished) as when the sweep times them out.
 */
@ApplicationScoped
public class PendingCommands {

    @Inject
    DeviceRegistry devices;

    @Inject
    DeviceCommandChannel channel;

    @Inject
    Event<DeviceEvents.CommandFinished> finished;

    /** Sends (or times out) the device's waiting commands, in the caller's transaction. */
    public void sendWaiting(String deviceId, Instant now) {
        send(devices.pendingFor(deviceId), now);
    }

    /**
     * Sends the waiting commands of devices seen since the command was issued (see
     * {@link DeviceRegistry#pendingForSeenDevices}); a command's version keeps it from going twice.
     */
    @Transactional
    public int sendOverlooked(Instant now) {
        List<Actuation> overlooked = devices.pendingForSeenDevices(500);
        send(overlooked, now);
        return overlooked.size();
    }

    private void send(List<Actuation> waiting, Instant now) {
        for (Actuation command : waiting) {
            if (command.expireIfDue(now)) {
                finished.fire(DeviceEvents.CommandFinished.of(command)); // whoever asked is told it timed out
            } else {
                channel.send(command.command());
                command.sent(now);
            }
        }
    }
}
