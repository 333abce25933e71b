package org.citiverse.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
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
    public void add(CitizenProfile profile) {
        persist(profile);
    }
}
