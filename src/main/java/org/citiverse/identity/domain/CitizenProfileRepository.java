package org.citiverse.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Profiles by the identity provider's subject. */
public interface CitizenProfileRepository {

    Optional<CitizenProfile> findBySubject(String subject);

    List<CitizenProfile> findBySubjects(Collection<String> subjects);

    void add(CitizenProfile profile);
}
