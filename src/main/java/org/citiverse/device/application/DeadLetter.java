package org.citiverse.device.application;

import java.time.Instant;

/**
 * A message the pipeline could not take, kept with its reason and original body so staff can
 * see what was refused and why.
 *
 * @param reason a rejection code (see {@code Rejection}) or the engine's reason after failed redeliveries
 */
public record DeadLetter(String jmsMessageId, String messageId, String deviceId, String reason, String detail,
                         Instant deadLetteredAt, String body) implements java.io.Serializable {
}
