package org.citiverse.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A search of the audit log: every criterion optional (null), newest first.
 *
 * @param actor  exact subject of who acted
 * @param action action code, or its start ("household." finds every household action)
 * @param object object id, exact
 * @param from   inclusive
 * @param to     exclusive
 */
public record AuditQuery(String actor, String action, String object, Instant from, Instant to, int offset,
                         int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        object = blankToNull(object);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1-" + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /**
     * A query from text, as a form or a URL gives it.
     *
     * @param from a date ({@code 2026-11-22}, start of that day UTC) or an instant
     * @param to   a date (the whole day is included) or an instant
     * @throws IllegalArgumentException with a message fit to show the person who typed it
     */
    public static AuditQuery parse(String actor, String action, String object, String from, String to, int offset,
                                   int limit) {
        return new AuditQuery(actor, action, object, time(from, "from", false), time(to, "to", true), offset, limit);
    }

    private static Instant time(String text, String name, boolean endOfDay) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant instant = Instant.parse(value);
            if (instant.isBefore(Instant.EPOCH) || instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2026-11-22 or a time like "
                    + "2026-11-22T14:03:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
