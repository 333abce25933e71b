package org.citiverse.device.domain;

import java.util.Optional;

/** The inbound journal, as the domain needs it. */
public interface InboundMessageRepository {

    Optional<InboundMessage> findByMessageId(String messageId);

    void add(InboundMessage message);
}
