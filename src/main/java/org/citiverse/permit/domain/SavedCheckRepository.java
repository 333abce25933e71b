package org.citiverse.permit.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The checks citizens kept. */
public interface SavedCheckRepository {

    /** The owner's check with this id; another's is not found. */
    Optional<SavedCheck> ofOwner(String owner, UUID id);

    /** The owner's check with this fingerprint (the same check kept before). */
    Optional<SavedCheck> ofOwnerByFingerprint(String owner, String fingerprint);

    /** The owner's checks, newest first, at most {@code max}. */
    List<SavedCheck> ofOwner(String owner, int max);

    long countOfOwner(String owner);

    void add(SavedCheck check);

    void remove(SavedCheck check);
}
