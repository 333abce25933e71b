package org.citiverse.device.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citiverse.device.application.IngestionService;
import org.citiverse.device.application.RawDeviceMessage;
import org.citiverse.device.domain.InboundMessage.Channel;

/**
 * One transaction of the JMS way in: takes what is waiting on the ingress queue (up to a batch),
 * hands it to ingestion as one batch (applied as sets) and commits the receives, the twins' changes
 * and the journal together.
 * One commit per batch instead of per message is what lets ingestion keep up with a city's devices
 * (the two-phase commit, not the work, bounded the rate of one message per transaction).
 */
@ApplicationScoped
public class IngressBatch {

    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "jms/citiverse/DeviceIngress")
    Queue ingress;

    @Inject
    IngestionService ingestion;

    /**
     * Waits up to {@code waitMillis} for a first message, then takes only what is already there,
     * so a quiet queue is answered at once and a busy one in batches.
     *
     * @return how many messages the transaction took
     */
    @Transactional
    public int drain(int max, long waitMillis) {
        return drain(max, waitMillis, null);
    }

    /** The same, taking only the messages the JMS selector picks (null: all). */
    @Transactional
    public int drain(int max, long waitMillis, String selector) {
        List<Message> batch = new ArrayList<>(max);
        // Created inside the transaction, so the container enlists the session in it.
        try (JMSContext context = connections.createContext();
             JMSConsumer consumer = context.createConsumer(ingress, selector)) {
            Message message = consumer.receive(waitMillis);
            while (message != null) {
                batch.add(message);
                message = batch.size() < max ? consumer.receiveNoWait() : null;
            }
        }
        // A device's reports stay together and in their order, and every batch sees its devices in one
        // order (the twins themselves are locked in id order by the twin system).
        batch.sort(Comparator.comparing(IngressBatch::deviceOf, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (!batch.isEmpty()) {
            ingestion.receive(batch.stream().map(IngressBatch::read).toList());
        }
        return batch.size();
    }

    private static String deviceOf(Message message) {
        try {
            return message.getStringProperty(DeviceMessageHeaders.DEVICE_ID);
        } catch (JMSException e) {
            return null;
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
