package org.citiverse.complaint.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a service request stands. Open311 knows only open and closed; the extended statuses are
 * the ones FixMyStreet made common in {@code servicerequestupdates}.
 */
public enum RequestStatus {
    OPEN("OPEN"),
    ACKNOWLEDGED("INVESTIGATING"),
    IN_PROGRESS("IN_PROGRESS"),
    ACTION_SCHEDULED("ACTION_SCHEDULED"),
    FIXED("FIXED"),
    CLOSED("CLOSED"),
    DUPLICATE("DUPLICATE"),
    NOT_RESPONSIBLE("NOT_COUNCILS_RESPONSIBILITY"),
    WITHDRAWN("CLOSED");

    private final String extended;

    RequestStatus(String extended) {
        this.extended = extended;
    }

    /** Still work for the city: Open311 "open". */
    public boolean isOpen() {
        return ordinal() <= ACTION_SCHEDULED.ordinal();
    }

    /** The Open311 status: {@code open} or {@code closed}. */
    public String open311() {
        return isOpen() ? "open" : "closed";
    }

    /** The extended (FixMyStreet) status. */
    public String extended() {
        return extended;
    }

    /** A status by its name, any case; empty for anything else. */
    public static Optional<RequestStatus> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
