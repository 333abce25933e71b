package org.citiverse.device.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.citiverse.device.application.IngressQueue;
import org.citiverse.device.domain.DeviceMessage;

/** Puts device messages from the HTTPS interface on the same ingress queue the device layer uses. */
@ApplicationScoped
public class JmsIngressQueue implements IngressQueue {

    // Container-managed context: the send joins the caller's JTA transaction.
    @Inject
    @JMSConnectionFactory("jms/citiverse/ConnectionFactory")
    JMSContext context;

    @Resource(lookup = "jms/citiverse/DeviceIngress")
    Queue ingress;

    @Override
    public void enqueue(DeviceMessage message, String signature) {
        context.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(DeviceMessageHeaders.MESSAGE_ID, message.messageId())
                .setProperty(DeviceMessageHeaders.DEVICE_ID, message.deviceId())
                .setProperty(DeviceMessageHeaders.CONTENT_TYPE, message.contentType())
                .setProperty(DeviceMessageHeaders.CHANNEL, "HTTPS")
                .setProperty(DeviceMessageHeaders.SIGNATURE, signature)
                .send(ingress, message.body());
    }
}
