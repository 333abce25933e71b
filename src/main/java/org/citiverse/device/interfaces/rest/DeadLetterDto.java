package org.citiverse.device.interfaces.rest;

import java.time.Instant;
import org.citiverse.device.application.DeadLetter;

/** A refused device message for staff: reason, ids and the original body. */
public record DeadLetterDto(String jmsMessageId, String messageId, String deviceId, String reason, String detail,
                            Instant deadLetteredAt, String body) {

    static DeadLetterDto of(DeadLetter d) {
        return new DeadLetterDto(d.jmsMessageId(), d.messageId(), d.deviceId(), d.reason(), d.detail(),
                d.deadLetteredAt(), d.body());
    }
}
