package org.citiverse.permit.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.citiverse.shared.domain.RuleViolation;

/**
 * The days permit statistics cover, both included: at most {@value #MAX_DAYS} days, by default the
 * last {@value #DEFAULT_DAYS} up to today.
 */
public record CheckPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 731;
    public static final int DEFAULT_DAYS = 84;

    /** Why a period was refused; its message key is {@code permit.statistics.error.<reason>}. */
    public static final class Invalid extends RuleViolation {

        private static final long serialVersionUID = 1L;

        /** What was wrong. */
        public enum Reason {
            FROM_INVALID,
            TO_INVALID,
            TO_BEFORE_FROM,
            TOO_LONG
        }

        private final Reason reason;

        Invalid(Reason reason) {
            super("permit.statistics", reason);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }

        /** The field (from or to) it is about. */
        public String field() {
            return reason == Reason.FROM_INVALID ? "from" : "to";
        }
    }

    /**
     * The period of two dates as typed (YYYY-MM-DD, blank for the default).
     *
     * @throws Invalid for a date that is no date, an end before the start or more than {@value #MAX_DAYS} days
     */
    public static CheckPeriod parse(String from, String to, LocalDate today) {
        LocalDate end = date(to, Invalid.Reason.TO_INVALID);
        LocalDate start = date(from, Invalid.Reason.FROM_INVALID);
        if (end == null) {
            end = start == null || start.plusDays(DEFAULT_DAYS - 1L).isAfter(today) ? today
                    : start.plusDays(DEFAULT_DAYS - 1L);
        }
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS - 1L);
        }
        if (end.isBefore(start)) {
            throw new Invalid(Invalid.Reason.TO_BEFORE_FROM);
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new Invalid(Invalid.Reason.TOO_LONG);
        }
        return new CheckPeriod(start, end);
    }

    private static LocalDate date(String text, Invalid.Reason ifInvalid) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(ifInvalid);
        }
    }
}
