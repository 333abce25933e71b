package org.citiverse.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.citiverse.identity.domain.CitizenProfile;
import org.citiverse.identity.domain.CitizenProfileRepository;

/** Profiles in the CitiVerse database. */
@ApplicationScoped
public class JpaCitizenProfileRepository implements CitizenProfileRepository {

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    public Optional<CitizenProfile> findBySubject(String subject) {
        return em.createQuery("select p from CitizenProfile p where p.subject = :subject", CitizenProfile.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(CitizenProfile profile) {
        em.persist(profile);
    }
}
