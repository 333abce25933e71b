package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.citiverse.device.domain.InboundMessage;
import org.citiverse.device.domain.InboundMessageRepository;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** The inbound journal in the CitiVerse database. */
@ApplicationScoped
public class JpaInboundMessageRepository extends JpaStore<InboundMessage> implements InboundMessageRepository {

    public JpaInboundMessageRepository() {
        super(InboundMessage.class);
    }

    @Override
    public Optional<InboundMessage> findByMessageId(String messageId) {
        return findOneBy("messageId", messageId);
    }

    @Override
    public java.util.List<InboundMessage> newestOf(String deviceId, int limit) {
        // ix_device_inbound_message_device (device_id, received_at) serves this.
        return em.createQuery("select m from InboundMessage m where m.deviceId = :device order by m.receivedAt desc",
                        InboundMessage.class)
                .setParameter("device", deviceId).setMaxResults(limit).getResultList();
    }
}
