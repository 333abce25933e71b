package org.citiverse.identity.domain;

import java.util.Optional;

/** Profiles by the identity provider's subject. */
public interface CitizenProfileRepository {

    Optional<CitizenProfile> findBySubject(String subject);

    void add(CitizenProfile profile);
}
