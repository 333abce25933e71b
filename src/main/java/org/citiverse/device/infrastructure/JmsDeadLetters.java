package org.citiverse.device.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.DeliveryMode;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.citiverse.device.application.DeadLetter;
import org.citiverse.device.application.DeadLetters;
import org.citiverse.device.application.RawDeviceMessage;

/** The device layer's dead-letter queue: refused messages keep their body, headers and reason. */
@ApplicationScoped
public class JmsDeadLetters implements DeadLetters {

    static final String REDELIVERY_LIMIT = "REDELIVERY_LIMIT";
    static final String UNKNOWN = "UNKNOWN";

    // A context per call (it joins the caller's transaction when there is one): staff browse the
    // queue outside any transaction, where an injected context is not to be reused.
    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/citiverse/DeviceDeadLetter")
    Queue deadLetterQueue;

    @Resource(lookup = "jms/citiverse/DeviceIngress")
    Queue ingressQueue;

    @Resource(lookup = "jms/citiverse/DeviceAcks")
    Queue acksQueue;

    /** A browsed letter is on the queue; a short wait covers the engine handing it to a consumer. */
    private static final long RECEIVE_WAIT_MS = 2_000;

    @Override
    public void park(RawDeviceMessage message, String reason, String detail) {
        park(message, reason, detail, ingressQueue);
    }

    @Override
    public void parkAnswer(RawDeviceMessage answer, String reason, String detail) {
        park(answer, reason, detail, acksQueue);
    }

    private void park(RawDeviceMessage message, String reason, String detail, Queue origin) {
        try (JMSContext context = connectionFactory.createContext()) {
            send(context, message, reason, detail, origin);
        } catch (JMSException e) {
            throw new IllegalStateException("The dead-letter queue cannot be written", e);
        }
    }

    private void send(JMSContext context, RawDeviceMessage message, String reason, String detail, Queue origin)
            throws JMSException {
        JMSProducer producer = context.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(DeviceMessageHeaders.DEAD_LETTER_REASON, reason)
                .setProperty(DeviceMessageHeaders.DEAD_LETTER_DETAIL, detail)
                .setProperty(DeviceMessageHeaders.DEAD_LETTERED_AT, Instant.now().toString())
                .setProperty(DeviceMessageHeaders.DEAD_LETTER_ORIGIN, origin.getQueueName())
                .setProperty(DeviceMessageHeaders.CHANNEL, message.channel().name());
        setIfPresent(producer, DeviceMessageHeaders.MESSAGE_ID, message.messageId());
        setIfPresent(producer, DeviceMessageHeaders.DEVICE_ID, message.deviceId());
        setIfPresent(producer, DeviceMessageHeaders.CONTENT_TYPE, message.contentType());
        setIfPresent(producer, DeviceMessageHeaders.SIGNATURE, message.signature());
        producer.send(deadLetterQueue, message.body() == null ? "" : message.body());
    }

    @Override
    public boolean replay(String jmsMessageId) {
        if (jmsMessageId == null || !jmsMessageId.matches("[A-Za-z0-9:_-]{1,100}")) {
            return false; // never part of a selector
        }
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer = context.createConsumer(deadLetterQueue, "JMSMessageID = '" + jmsMessageId + "'")) {
            Message letter = consumer.receive(RECEIVE_WAIT_MS);
            if (letter == null) {
                return false;
            }
            // Back on the way in as the device sent it: its own ids, type and signature, nothing of the refusal.
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (String name : new String[] {DeviceMessageHeaders.MESSAGE_ID, DeviceMessageHeaders.DEVICE_ID,
                    DeviceMessageHeaders.CONTENT_TYPE, DeviceMessageHeaders.SIGNATURE, DeviceMessageHeaders.CHANNEL}) {
                setIfPresent(producer, name, letter.getStringProperty(name));
            }
            String body = DeviceMessageHeaders.body(letter);
            producer.send(origin(letter), body == null ? "" : body);
            return true;
        } catch (JMSException e) {
            throw new IllegalStateException("The dead-letter queue cannot be read", e);
        }
    }

    /** Answers go back among the answers; everything else (reports) to the ingress queue. */
    private Queue origin(Message letter) throws JMSException {
        String origin = letter.propertyExists(DeviceMessageHeaders.BROKER_ORIGINAL_ADDRESS)
                ? letter.getStringProperty(DeviceMessageHeaders.BROKER_ORIGINAL_ADDRESS)
                : letter.getStringProperty(DeviceMessageHeaders.DEAD_LETTER_ORIGIN);
        return acksQueue.getQueueName().equals(origin) ? acksQueue : ingressQueue;
    }

    @Override
    public List<DeadLetter> browse(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(deadLetterQueue)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < limit) {
                letters.add(toDeadLetter((Message) messages.nextElement()));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("The dead-letter queue cannot be read", e);
        }
        return letters;
    }

    private static DeadLetter toDeadLetter(Message message) throws JMSException {
        String reason = message.getStringProperty(DeviceMessageHeaders.DEAD_LETTER_REASON);
        String detail = message.getStringProperty(DeviceMessageHeaders.DEAD_LETTER_DETAIL);
        Instant at = parseOrNull(message.getStringProperty(DeviceMessageHeaders.DEAD_LETTERED_AT));
        if (message.propertyExists(DeviceMessageHeaders.ENGINE_EXCEPTION_MESSAGE)
                || message.propertyExists(DeviceMessageHeaders.BROKER_ORIGINAL_ADDRESS)) {
            // Moved by the engine or broker after the redelivery limit: the original message, whose
            // own properties came from the sender and are not to be believed as a reason.
            reason = REDELIVERY_LIMIT;
            detail = message.propertyExists(DeviceMessageHeaders.ENGINE_EXCEPTION_MESSAGE)
                    ? message.getStringProperty(DeviceMessageHeaders.ENGINE_EXCEPTION_MESSAGE)
                    : "every delivery from " + message.getStringProperty(DeviceMessageHeaders.BROKER_ORIGINAL_ADDRESS)
                            + " failed";
            at = null;
        } else if (reason == null) {
            reason = UNKNOWN; // put on the queue by something other than this platform
        }
        return new DeadLetter(message.getJMSMessageID(),
                message.getStringProperty(DeviceMessageHeaders.MESSAGE_ID),
                message.getStringProperty(DeviceMessageHeaders.DEVICE_ID),
                reason, detail,
                at == null ? Instant.ofEpochMilli(message.getJMSTimestamp()) : at,
                DeviceMessageHeaders.body(message));
    }

    private static Instant parseOrNull(String instant) {
        try {
            return instant == null ? null : Instant.parse(instant);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static void setIfPresent(JMSProducer producer, String name, String value) {
        if (value != null) {
            producer.setProperty(name, value);
        }
    }
}
