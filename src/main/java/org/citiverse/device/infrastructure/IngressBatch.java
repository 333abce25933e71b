package org.citiverse.device.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.Comparator;
import java.util.List;
import org.citiverse.device.application.IngestionService;
import org.citiverse.device.application.PeopleFirst;
import org.citiverse.device.application.RawDeviceMessage;
import org.citiverse.device.domain.InboundMessage.Channel;

/**
 * One batch of the JMS way in: takes what is waiting on the ingress queue (up to a batch), hands it
 * to ingestion as one batch (applied as sets, in one database transaction), then acknowledges it.
 * One commit per batch instead of per message, and the acknowledgement after the database's commit
 * instead of a two-phase commit of both, are what let ingestion keep up with a city's devices.
 */
@ApplicationScoped
public class IngressBatch {

    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "jms/citiverse/DeviceIngress")
    Queue ingress;

    @Inject
    IngestionService ingestion;

    @Inject
    PeopleFirst peopleFirst;

    private static final java.time.Duration URGENT_AT_MOST = java.time.Duration.ofSeconds(1);

    /** A consumer of the way in, taking only what the JMS selector picks (see {@link TransactedConsumer}). */
    TransactedConsumer open(String selector) throws JMSException {
        return TransactedConsumer.open(connections, ingress, selector);
    }

    /**
     * Takes a batch from the consumer, applies it and acknowledges it. On a failure nothing of the batch
     * is acknowledged; the caller closes the consumer, which gives the batch back.
     *
     * @return how many messages the batch held
     */
    int drain(TransactedConsumer consumer, int max, long waitMillis, long lingerMillis) throws JMSException {
        return apply(consumer, consumer.take(max, waitMillis, lingerMillis));
    }

    /**
     * Takes one urgent message (a ring) the same way; while it is applied the readings' workers hold
     * back (see {@link PeopleFirst}).
     */
    int drainUrgent(TransactedConsumer consumer, long waitMillis) throws JMSException {
        List<Message> taken = consumer.take(1, waitMillis, 0);
        if (taken.isEmpty()) {
            return 0;
        }
        Object urgent = new Object();
        peopleFirst.begin(urgent, URGENT_AT_MOST);
        try {
            return apply(consumer, taken);
        } finally {
            peopleFirst.end(urgent);
        }
    }

    private int apply(TransactedConsumer consumer, List<Message> batch) throws JMSException {
        if (batch.isEmpty()) {
            return 0;
        }
        // A device's reports stay together and in their order, and every batch sees its devices in one
        // order (the twins themselves are locked in id order by the twin system).
        List<RawDeviceMessage> messages = batch.stream()
                .sorted(Comparator.comparing(IngressBatch::deviceOf, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(IngressBatch::read).toList();
        ingestion.receive(messages);
        consumer.commit();
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
