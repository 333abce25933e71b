package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.citiverse.device.domain.InboundMessage;
import org.citiverse.device.domain.InboundMessageRepository;

/** The inbound journal in the CitiVerse database. */
@ApplicationScoped
public class JpaInboundMessageRepository implements InboundMessageRepository {

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    public Optional<InboundMessage> findByMessageId(String messageId) {
        return em.createQuery("select m from InboundMessage m where m.messageId = :id", InboundMessage.class)
                .setParameter("id", messageId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(InboundMessage message) {
        em.persist(message);
    }
}
