package org.citiverse.device.infrastructure;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;

/**
 * JMS property names of the device message contract (README, "Device messages"). Identifiers
 * only: JMS property names must be valid Java identifiers.
 */
final class DeviceMessageHeaders {

    static final String MESSAGE_ID = "CitiVerseMessageId";
    static final String DEVICE_ID = "CitiVerseDeviceId";
    static final String CONTENT_TYPE = "CitiVerseContentType";
    static final String CHANNEL = "CitiVerseChannel";
    static final String TWIN_ID = "CitiVerseTwinId";
    static final String SIGNATURE = "CitiVerseSignature";
    static final String DEAD_LETTER_REASON = "CitiVerseDeadLetterReason";
    static final String DEAD_LETTER_DETAIL = "CitiVerseDeadLetterDetail";
    static final String DEAD_LETTERED_AT = "CitiVerseDeadLetteredAt";
    /** The queue a dead letter came from: where a replay puts it back. */
    static final String DEAD_LETTER_ORIGIN = "CitiVerseDeadLetterOrigin";
    /** Set by Liberty's messaging engine when it moves a message after its redelivery limit. */
    static final String ENGINE_EXCEPTION_MESSAGE = "JMS_IBM_ExceptionMessage";
    /** Set by an Artemis broker when it moves a message to the dead-letter address. */
    static final String BROKER_ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    private DeviceMessageHeaders() {
    }

    /** The body as text (bytes are UTF-8), or null when the message carries neither. */
    static String body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        if (message instanceof BytesMessage bytes) {
            byte[] data = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(data);
            return new String(data, StandardCharsets.UTF_8);
        }
        return null;
    }
}
