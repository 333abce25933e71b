package org.citiverse.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.citiverse.identity.domain.CitizenProfile;
import org.citiverse.identity.domain.CitizenProfileRepository;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Profiles in the CitiVerse database. */
@ApplicationScoped
public class JpaCitizenProfileRepository extends JpaStore<CitizenProfile> implements CitizenProfileRepository {

    public JpaCitizenProfileRepository() {
        super(CitizenProfile.class);
    }

    @Override
    public Optional<CitizenProfile> findBySubject(String subject) {
        return findOneBy("subject", subject);
    }

    @Override
    public List<CitizenProfile> findBySubjects(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from CitizenProfile p where p.subject in :subjects", CitizenProfile.class)
                .setParameter("subjects", subjects).getResultList();
    }

    @Override
    public void add(CitizenProfile profile) {
        persist(profile);
    }
}
