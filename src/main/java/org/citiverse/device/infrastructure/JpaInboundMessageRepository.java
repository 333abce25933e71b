package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.citiverse.device.domain.InboundMessage;
import org.citiverse.device.domain.InboundMessageRepository;
import org.citiverse.shared.domain.Uuids;
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
    public int forgetReceivedBefore(java.time.Instant cutoff, int limit) {
        // Journal ids are time-ordered, so the old rows are a range of the primary key: no index on the
        // time is needed (and kept up at every report). The time itself guards rows of random ids.
        return em.createNativeQuery("delete from device_inbound_message where id in (select id from "
                        + "device_inbound_message where id < ?1 and received_at < ?2 order by id limit ?3)")
                .setParameter(1, Uuids.firstAt(cutoff)).setParameter(2, cutoff.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(3, limit).executeUpdate();
    }

    @Override
    public java.util.List<InboundMessage> newestOf(String deviceId, int limit) {
        // ix_device_inbound_message_device (device_id, received_at) serves this.
        return em.createQuery("select m from InboundMessage m where m.deviceId = :device order by m.receivedAt desc",
                        InboundMessage.class)
                .setParameter("device", deviceId).setMaxResults(limit).getResultList();
    }
}
