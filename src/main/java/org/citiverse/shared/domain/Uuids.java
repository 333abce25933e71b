package org.citiverse.shared.domain;

import java.util.Optional;
import java.util.UUID;

/** Ids that arrive as text (a grant's principal, a device's correlation id): a UUID or nothing. */
public final class Uuids {

    private Uuids() {
    }

    /** The UUID the text spells, or empty for anything else (including null). */
    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
