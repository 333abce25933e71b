package org.citiverse.device.infrastructure;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.citiverse.device.application.ActuationService;
import org.citiverse.device.application.DeadLetters;
import org.citiverse.device.application.RawDeviceMessage;
import org.citiverse.device.domain.InboundMessage.Channel;
import org.citiverse.device.domain.InvalidDeviceMessageException;

/**
 * The JMS way in for devices' answers to commands (citiverse.device.acks), the same contract as
 * {@code POST /api/device/acks}: an answer that is not the device's, malformed or for no command
 * of it is dead-lettered with its reason; a runtime failure is retried like a report.
 */
@MessageDriven(name = "DeviceAckMdb")
public class DeviceAckMdb implements MessageListener {

    @Inject
    ActuationService actuations;

    @Inject
    DeadLetters deadLetters;

    @Inject
    RedeliveryBackoff backoff;

    @Override
    public void onMessage(Message message) {
        String deviceId = property(message, DeviceMessageHeaders.DEVICE_ID);
        String signature = property(message, DeviceMessageHeaders.SIGNATURE);
        String body;
        try {
            body = DeviceMessageHeaders.body(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable device answer", e);
        }
        try {
            actuations.acknowledge(deviceId, body, signature);
        } catch (InvalidDeviceMessageException refused) {
            deadLetters.parkAnswer(new RawDeviceMessage(null, deviceId, "application/json", body, Channel.JMS, signature),
                    refused.rejection().name(), refused.detail());
        } catch (RuntimeException e) {
            backoff.pauseAfter(RedeliveryBackoff.deliveryCount(message));
            throw e;
        }
    }

    private static String property(Message message, String name) {
        try {
            return message.getStringProperty(name);
        } catch (JMSException e) {
            return null;
        }
    }
}
