package org.citiverse.device.infrastructure;

import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.citiverse.device.application.IngestionService;
import org.citiverse.device.application.RawDeviceMessage;
import org.citiverse.device.domain.InboundMessage.Channel;

/**
 * The JMS connector's way in: reads the transport and hands over. Its destination and
 * concurrency come from the jmsActivationSpec "citiverse/DeviceIngressMdb" in server.xml.
 * A runtime failure (say, the database is away) rolls the receive back after a growing pause;
 * the engine redelivers it a bounded number of times and then moves it to the dead-letter queue.
 */
@MessageDriven(name = "DeviceIngressMdb")
public class DeviceIngressMdb implements MessageListener {

    @Inject
    IngestionService ingestion;

    @Inject
    RedeliveryBackoff backoff;

    @Override
    public void onMessage(Message message) {
        try {
            ingestion.receive(read(message));
        } catch (RuntimeException e) {
            backoff.pauseAfter(RedeliveryBackoff.deliveryCount(message));
            throw e;
        }
    }

    static RawDeviceMessage read(Message message) {
        try {
            return new RawDeviceMessage(
                    message.getStringProperty(DeviceMessageHeaders.MESSAGE_ID),
                    message.getStringProperty(DeviceMessageHeaders.DEVICE_ID),
                    message.getStringProperty(DeviceMessageHeaders.CONTENT_TYPE),
                    DeviceMessageHeaders.body(message),
                    "HTTPS".equals(message.getStringProperty(DeviceMessageHeaders.CHANNEL)) ? Channel.HTTPS
                            : Channel.JMS,
                    message.getStringProperty(DeviceMessageHeaders.SIGNATURE));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable device message", e);
        }
    }
}
