package org.citiverse.notification.domain;

import java.util.Locale;
import java.util.Optional;

/** What a member does about a ring: open the door, decline, or say they are coming to it. */
public enum VisitAnswer {
    OPEN,
    DECLINE,
    COMING;

    /** From its name in any case ({@code open}, {@code decline}, {@code coming}); anything else is none. */
    public static Optional<VisitAnswer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (VisitAnswer answer : values()) {
            if (answer.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
