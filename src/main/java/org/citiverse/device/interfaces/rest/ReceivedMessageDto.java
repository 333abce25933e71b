package org.citiverse.device.interfaces.rest;

import java.time.Instant;
import org.citiverse.device.application.ReceivedMessage;

/** An ingested device message, without its body. */
public record ReceivedMessageDto(String messageId, String deviceId, String contentType, int bodyBytes,
                                 String channel, Instant receivedAt) {

    static ReceivedMessageDto of(ReceivedMessage m) {
        return new ReceivedMessageDto(m.messageId(), m.deviceId(), m.contentType(), m.bodyBytes(), m.channel(),
                m.receivedAt());
    }
}
