package org.citiverse.device.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.DeliveryMode;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Clock;
import org.citiverse.device.domain.DeviceCommand;
import org.citiverse.device.domain.DeviceCommandChannel;

/** Commands go on the device layer's commands queue, correlated by id, expiring with their deadline. */
@ApplicationScoped
public class JmsDeviceCommandChannel implements DeviceCommandChannel {

    /** A command always lives at least this long, so a clock tick never sends one already dead. */
    private static final long MIN_TIME_TO_LIVE_MS = 1_000;

    // A context per send, created in the caller's JTA transaction (so the send joins it). Not the
    // injected container-managed context: Liberty's serialises every caller on one monitor, which
    // made concurrent requests queue behind each other's sends.
    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "jms/citiverse/DeviceCommands")
    Queue commands;

    Clock clock = Clock.systemUTC();

    @Override
    public void send(DeviceCommand command) {
        long ttl = Math.max(MIN_TIME_TO_LIVE_MS, command.expiresAt().toEpochMilli() - clock.millis());
        try (JMSContext context = connections.createContext()) {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setTimeToLive(ttl)
                    .setJMSCorrelationID(command.correlationId().toString())
                    .setJMSType(command.command())
                    .setProperty(DeviceMessageHeaders.TWIN_ID, command.twinId())
                    .send(commands, command.body());
        }
    }
}
