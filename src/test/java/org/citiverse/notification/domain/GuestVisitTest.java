package org.citiverse.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuestVisitTest {

    private static final Instant RANG = Instant.parse("2026-11-22T13:03:00Z");

    private static GuestVisit visit(String lock) {
        return new GuestVisit(UUID.randomUUID(), "twin-bell", "Front door", lock, "twin-camera", RANG,
                Duration.ofMinutes(2));
    }

    @Test
    void theFirstAnswerTakesEffectAndALaterOneLearnsWhoHandledIt() {
        GuestVisit visit = visit("twin-lock");
        assertEquals(AnswerOutcome.TAKEN, visit.answer(VisitAnswer.OPEN, "anna", "Anna", RANG.plusSeconds(5)));
        assertEquals(VisitStatus.OPENING, visit.status());
        assertEquals(AnswerOutcome.ALREADY_ANSWERED, visit.answer(VisitAnswer.OPEN, "ben", "Ben", RANG.plusSeconds(5)));
        assertEquals("Anna", visit.answeredByName());
        assertEquals(AnswerOutcome.ALREADY_ANSWERED, visit.answer(VisitAnswer.DECLINE, "anna", "Anna",
                RANG.plusSeconds(6)), "an opening door is not declined afterwards");
    }

    @Test
    void whoeverIsComingMayStillOpenOrDeclineOthersMayNot() {
        GuestVisit visit = visit("twin-lock");
        visit.answer(VisitAnswer.COMING, "anna", "Anna", RANG.plusSeconds(1));
        assertEquals(AnswerOutcome.ALREADY_ANSWERED, visit.answer(VisitAnswer.OPEN, "ben", "Ben", RANG.plusSeconds(2)));
        assertEquals(AnswerOutcome.ALREADY_ANSWERED, visit.answer(VisitAnswer.COMING, "anna", "Anna", RANG.plusSeconds(2)));
        assertEquals(AnswerOutcome.TAKEN, visit.answer(VisitAnswer.OPEN, "anna", "Anna", RANG.plusSeconds(3)));
        assertEquals(VisitStatus.OPENING, visit.status());
    }

    @Test
    void theLocksAnswerToItsOwnCommandEndsTheOpeningAndAFailureMayBeRetriedByAnyone() {
        GuestVisit visit = visit("twin-lock");
        visit.answer(VisitAnswer.OPEN, "anna", "Anna", RANG.plusSeconds(1));
        UUID command = UUID.randomUUID();
        visit.opening(command);
        assertFalse(visit.lockAnswered(UUID.randomUUID(), true, RANG.plusSeconds(2)), "another command's answer");
        assertTrue(visit.lockAnswered(command, false, RANG.plusSeconds(2)));
        assertEquals(VisitStatus.OPEN_FAILED, visit.status());
        assertEquals(AnswerOutcome.ALREADY_ANSWERED, visit.answer(VisitAnswer.DECLINE, "ben", "Ben", RANG.plusSeconds(3)));
        assertEquals(AnswerOutcome.TAKEN, visit.answer(VisitAnswer.OPEN, "ben", "Ben", RANG.plusSeconds(3)));
        UUID retry = UUID.randomUUID();
        visit.opening(retry);
        assertFalse(visit.lockAnswered(command, true, RANG.plusSeconds(4)), "the first command is over");
        assertTrue(visit.lockAnswered(retry, true, RANG.plusSeconds(4)));
        assertEquals(VisitStatus.OPENED, visit.status());
        assertEquals(RANG.plusSeconds(4), visit.outcomeAt());
        assertEquals("Ben", visit.answeredByName());
    }

    @Test
    void aRingNobodyAnsweredInTimeExpiresAndTakesNoAnswer() {
        GuestVisit visit = visit("twin-lock");
        assertFalse(visit.expireIfDue(RANG.plusSeconds(119)));
        assertEquals(AnswerOutcome.EXPIRED, visit.answer(VisitAnswer.OPEN, "anna", "Anna", RANG.plusSeconds(120)));
        assertEquals(VisitStatus.EXPIRED, visit.status());
        assertNull(visit.answeredBy());
        assertFalse(visit.expireIfDue(RANG.plusSeconds(500)), "expires once");
    }

    @Test
    void aRingPastItsTimeIsNoLongerOpenBeforeTheSweepExpiresIt() {
        GuestVisit visit = visit("twin-lock");
        assertTrue(visit.openAt(RANG.plusSeconds(119)));
        assertFalse(visit.openAt(RANG.plusSeconds(120)));
        assertEquals(VisitStatus.RINGING, visit.status(), "asking changes nothing: the sweep expires and announces");
        visit.answer(VisitAnswer.COMING, "anna", "Anna", RANG.plusSeconds(1));
        assertTrue(visit.openAt(RANG.plusSeconds(600)), "someone coming stays open");
        visit.answer(VisitAnswer.DECLINE, "anna", "Anna", RANG.plusSeconds(601));
        assertFalse(visit.openAt(RANG.plusSeconds(602)));
    }

    @Test
    void anAnsweredRingDoesNotExpire() {
        GuestVisit visit = visit("twin-lock");
        visit.answer(VisitAnswer.COMING, "anna", "Anna", RANG.plusSeconds(1));
        assertFalse(visit.expireIfDue(RANG.plusSeconds(600)));
        assertEquals(VisitStatus.COMING, visit.status());
    }

    @Test
    void aHomeWithoutALockCannotBeOpenedButCanBeAnswered() {
        GuestVisit visit = visit(null);
        VisitException refused = assertThrows(VisitException.class,
                () -> visit.answer(VisitAnswer.OPEN, "anna", "Anna", RANG.plusSeconds(1)));
        assertEquals(VisitException.Reason.NO_LOCK, refused.reason());
        assertEquals(VisitStatus.RINGING, visit.status());
        assertEquals(AnswerOutcome.TAKEN, visit.answer(VisitAnswer.COMING, "anna", "Anna", RANG.plusSeconds(1)));
    }

    @Test
    void answersAreReadInAnyCaseAndNothingElseIsOne() {
        assertEquals(VisitAnswer.OPEN, VisitAnswer.parse(" Open ").orElseThrow());
        assertEquals(VisitAnswer.COMING, VisitAnswer.parse("coming").orElseThrow());
        assertTrue(VisitAnswer.parse("unlock").isEmpty());
        assertTrue(VisitAnswer.parse(null).isEmpty());
    }
}
