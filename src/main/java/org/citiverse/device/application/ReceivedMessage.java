package org.citiverse.device.application;

import java.time.Instant;

/** A journal entry as the edges may show it (never the entity itself). */
public record ReceivedMessage(String messageId, String deviceId, String contentType, int bodyBytes, String channel,
                              Instant receivedAt) {
}
