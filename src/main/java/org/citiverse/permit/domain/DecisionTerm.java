package org.citiverse.permit.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The legal term for a decision, in calendar days of the city: the deadline is the day of submission
 * plus the term. While the city waits for information it asked for, the clock stops: when the
 * applicant answers, the deadline moves on by the calendar days between the request and the answer
 * (an answer on the day of the request moves nothing). A later request pauses it again.
 *
 * @param days the term (permit.decision.days, 56 by default: eight weeks, the Dutch regular procedure)
 */
public record DecisionTerm(int days) {

    /** The city's calendar: deadlines and the years of references are its days. */
    public static final ZoneId CITY = ZoneId.of("Europe/Amsterdam");

    public DecisionTerm {
        if (days < 1) {
            throw new IllegalArgumentException("a decision term is at least one day");
        }
    }

    /** The deadline of an application submitted on this day. */
    public LocalDate deadline(LocalDate submittedOn) {
        return submittedOn.plusDays(days);
    }

    /** The deadline after a pause from {@code pausedOn} until {@code resumedOn}. */
    public static LocalDate afterPause(LocalDate deadline, LocalDate pausedOn, LocalDate resumedOn) {
        long paused = Math.max(0, ChronoUnit.DAYS.between(pausedOn, resumedOn));
        return deadline.plusDays(paused);
    }
}
