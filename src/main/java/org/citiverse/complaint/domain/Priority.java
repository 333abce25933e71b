package org.citiverse.complaint.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How urgent staff judge a request: the queue can be filtered and sorted by it. New requests are
 * NORMAL. The order is the meaning (most urgent first) and is how requests store it: do not reorder.
 */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW;

    /** The priority named case-insensitively, or empty for anything else. */
    public static Optional<Priority> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
