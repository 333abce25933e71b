package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.permit.domain.SavedCheck;
import org.citiverse.permit.domain.SavedCheckRepository;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Kept permit checks in the CitiVerse database; every query is by owner. */
@ApplicationScoped
public class JpaSavedCheckRepository extends JpaStore<SavedCheck> implements SavedCheckRepository {

    public JpaSavedCheckRepository() {
        super(SavedCheck.class);
    }

    @Override
    public Optional<SavedCheck> ofOwner(String owner, UUID id) {
        return Optional.ofNullable(em.find(SavedCheck.class, id)).filter(c -> c.ownerSubject().equals(owner));
    }

    @Override
    public Optional<SavedCheck> ofOwnerByFingerprint(String owner, String fingerprint) {
        return em.createQuery("select c from SavedCheck c where c.ownerSubject = :o and c.fingerprint = :f",
                        SavedCheck.class)
                .setParameter("o", owner).setParameter("f", fingerprint).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<SavedCheck> ofOwner(String owner, int max) {
        return em.createQuery("select c from SavedCheck c where c.ownerSubject = :o order by c.createdAt desc, c.id",
                        SavedCheck.class)
                .setParameter("o", owner).setMaxResults(max).getResultList();
    }

    @Override
    public long countOfOwner(String owner) {
        return em.createQuery("select count(c) from SavedCheck c where c.ownerSubject = :o", Long.class)
                .setParameter("o", owner).getSingleResult();
    }

    @Override
    public void add(SavedCheck check) {
        persist(check);
        em.flush(); // a second save of the same check meets the unique fingerprint here, inside the caller's try
    }

    @Override
    public void remove(SavedCheck check) {
        em.remove(check);
    }
}
