package org.citiverse.device.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.List;
import org.citiverse.device.application.ActuationService;
import org.citiverse.device.application.RawDeviceMessage;
import org.citiverse.device.domain.InboundMessage.Channel;

/**
 * The JMS way in for devices' answers to commands ({@code citiverse.device.acks}), the same contract as
 * {@code POST /api/device/acks}: one answer at a time, recorded (or, refused, dead-lettered with its
 * reason) in a database transaction, then acknowledged on the consumer's own session. Someone is
 * usually waiting at the door for the answer, so it pays no two-phase commit; a runtime failure
 * redelivers it, and an answer that was recorded already changes nothing the second time.
 */
@ApplicationScoped
public class AnswerIntake {

    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "jms/citiverse/DeviceAcks")
    Queue acks;

    @Inject
    ActuationService actuations;

    TransactedConsumer open() throws JMSException {
        return TransactedConsumer.open(connections, acks, null);
    }

    /**
     * Takes the next answer (waiting up to {@code waitMillis}), records it and acknowledges it. On a
     * failure it is not acknowledged; the caller closes the consumer, which gives it back.
     *
     * @return how many answers were taken (0 or 1)
     */
    int drain(TransactedConsumer consumer, long waitMillis) throws JMSException {
        List<Message> taken = consumer.take(1, waitMillis, 0);
        if (taken.isEmpty()) {
            return 0;
        }
        Message message = taken.get(0);
        String body = DeviceMessageHeaders.body(message);
        actuations.receive(new RawDeviceMessage(null, message.getStringProperty(DeviceMessageHeaders.DEVICE_ID),
                "application/json", body, Channel.JMS, message.getStringProperty(DeviceMessageHeaders.SIGNATURE)));
        consumer.commit();
        return 1;
    }
}
