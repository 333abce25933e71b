package org.citiverse.device.domain;

import java.util.Optional;

/** The inbound journal, as the domain needs it. */
public interface InboundMessageRepository {

    /** A journaled message with this id, of any device (the first, if devices share the id). */
    Optional<InboundMessage> findByMessageId(String messageId);

    /**
     * Forgets up to {@code limit} journaled messages received before {@code cutoff}, oldest first.
     *
     * @return how many were forgotten
     */
    int forgetReceivedBefore(java.time.Instant cutoff, int limit);

    /** The device's newest journaled messages first, at most {@code limit}. */
    java.util.List<InboundMessage> newestOf(String deviceId, int limit);
}
