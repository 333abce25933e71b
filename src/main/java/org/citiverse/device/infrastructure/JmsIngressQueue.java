package org.citiverse.device.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.DeliveryMode;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.citiverse.device.application.IngressQueue;
import org.citiverse.device.domain.DeviceMessage;

/** Puts device messages from the HTTPS interface on the same ingress queue the device layer uses. */
@ApplicationScoped
public class JmsIngressQueue implements IngressQueue {

    // A context per send, created in the caller's JTA transaction (so the send joins it). Not the
    // injected container-managed context: Liberty's serialises every caller on one monitor, which
    // made concurrent requests queue behind each other's sends.
    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "jms/citiverse/DeviceIngress")
    Queue ingress;

    /** Above jms.ingress.urgent.priority's default (7), as the device protocol asks of gateways. */
    static final int URGENT = 9;

    @Override
    public void enqueue(DeviceMessage message, String signature, boolean urgent) {
        try (JMSContext context = connections.createContext()) {
            context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setPriority(urgent ? URGENT : jakarta.jms.Message.DEFAULT_PRIORITY)
                    .setProperty(DeviceMessageHeaders.MESSAGE_ID, message.messageId())
                    .setProperty(DeviceMessageHeaders.DEVICE_ID, message.deviceId())
                    .setProperty(DeviceMessageHeaders.CONTENT_TYPE, message.contentType())
                    .setProperty(DeviceMessageHeaders.CHANNEL, "HTTPS")
                    .setProperty(DeviceMessageHeaders.SIGNATURE, signature)
                    .send(ingress, message.body());
        }
    }
}
