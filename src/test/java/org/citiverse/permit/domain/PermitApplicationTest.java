package org.citiverse.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.citiverse.permit.domain.PermitApplicationException.Reason;
import org.junit.jupiter.api.Test;

/** The lifecycle of a permit application and the rules of each step. */
class PermitApplicationTest {

    private static final DecisionTerm TERM = new DecisionTerm(56);
    /** 10:00 in Amsterdam on 2 March 2026. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Set<String> BOTH = Set.of("site-plan", "drawing");

    @Test
    void onlyACheckThatNeedsAPermitBecomesAnApplication() {
        for (String outcome : List.of("PERMIT_FREE", "NOT_ALLOWED", "UNDECIDED")) {
            PermitApplicationException e = assertThrows(PermitApplicationException.class,
                    () -> new PermitApplication(7, "citizen-1", check(outcome), MONDAY));
            assertEquals(Reason.CHECK_NOT_PERMIT_REQUIRED, e.reason());
        }
        PermitApplication draft = draft();
        assertEquals(ApplicationStatus.DRAFT, draft.status());
        assertEquals("PA-2026-000123", draft.reference());
        assertTrue(PermitApplication.REFERENCE.matcher(draft.reference()).matches());
        assertNull(draft.decisionDue(), "no term before submission");
    }

    @Test
    void theCheckIsKeptAsItWas() {
        CheckSnapshot kept = draft().check();
        assertEquals("fence", kept.activity());
        assertEquals(List.of("location", "height", "corner"), List.copyOf(kept.answers().keySet()), "in the order asked");
        assertEquals("front", kept.answers().get("location"));
        assertEquals(0, new BigDecimal("1.5").compareTo((BigDecimal) kept.answers().get("height")));
        assertEquals(Boolean.TRUE, kept.answers().get("corner"));
        assertEquals("F3", kept.ruleId());
        assertEquals("fence-front-high", kept.reason());
        assertEquals(4, kept.ruleSetVersion());
        assertEquals("UTR01-K-1", kept.parcelId());
    }

    @Test
    void submissionNeedsTheRequiredDocumentsAndTheDeclaration() {
        PermitApplication draft = draft();
        PermitApplicationException missing = assertThrows(PermitApplicationException.class,
                () -> draft.submit(true, Set.of("site-plan", "photo"), TERM, MONDAY));
        assertEquals(Reason.DOCUMENTS_MISSING, missing.reason());
        assertEquals(List.of("drawing"), missing.details());
        assertEquals(Reason.DECLARATION_MISSING, assertThrows(PermitApplicationException.class,
                () -> draft.submit(false, BOTH, TERM, MONDAY)).reason());
        assertEquals(ApplicationStatus.DRAFT, draft.status(), "nothing changed");

        draft.submit(true, BOTH, TERM, MONDAY);
        assertEquals(ApplicationStatus.SUBMITTED, draft.status());
        assertEquals(LocalDate.of(2026, 4, 27), draft.decisionDue(), "56 days after the day of submission");
        assertEquals(MONDAY, draft.declaredAt());
        assertEquals(Reason.WRONG_STATUS, assertThrows(PermitApplicationException.class,
                () -> draft.submit(true, BOTH, TERM, MONDAY.plusSeconds(5))).reason(), "a second submit");
    }

    @Test
    void aDormerNeedsAPhotoOfTheRoofToo() {
        assertEquals(List.of("site-plan", "drawing", "photo"), DocumentRules.required("dormer"));
        assertEquals(List.of("site-plan", "drawing"), DocumentRules.required("fence"));
        assertEquals(List.of("site-plan", "drawing"), DocumentRules.required("solar-panels"), "the usual two");
    }

    @Test
    void theTermPausesWhileInformationIsRequested() {
        PermitApplication a = submitted();
        a.requestInformation(MONDAY.plusSeconds(3 * 86_400));
        assertEquals(ApplicationStatus.INFORMATION_REQUESTED, a.status());
        assertEquals(LocalDate.of(2026, 3, 5), a.pausedSince());
        assertFalse(a.overdue(LocalDate.of(2026, 12, 31)), "a paused application is never overdue");
        assertEquals(Reason.WRONG_STATUS, assertThrows(PermitApplicationException.class,
                () -> a.requestInformation(MONDAY.plusSeconds(4 * 86_400))).reason(), "asked already");

        a.answered(MONDAY.plusSeconds(13 * 86_400));
        assertEquals(ApplicationStatus.SUBMITTED, a.status());
        assertNull(a.pausedSince());
        assertEquals(LocalDate.of(2026, 5, 7), a.decisionDue(), "ten days later than before");
        assertEquals(Reason.WRONG_STATUS, assertThrows(PermitApplicationException.class,
                () -> a.answered(MONDAY.plusSeconds(14 * 86_400))).reason(), "nothing to answer");
    }

    @Test
    void anAnswerOnTheDayOfTheRequestMovesNothing() {
        PermitApplication a = submitted();
        a.requestInformation(MONDAY.plusSeconds(60));
        a.answered(MONDAY.plusSeconds(3600));
        assertEquals(LocalDate.of(2026, 4, 27), a.decisionDue());
    }

    @Test
    void overdueAfterTheDeadlineDay() {
        PermitApplication a = submitted();
        assertFalse(a.overdue(LocalDate.of(2026, 4, 27)), "the deadline day itself is in time");
        assertTrue(a.overdue(LocalDate.of(2026, 4, 28)));
    }

    @Test
    void aDecisionNeedsAReasonAndIsFinal() {
        PermitApplication a = submitted();
        assertEquals(Reason.REASON_MISSING, assertThrows(PermitApplicationException.class,
                () -> a.decide(true, "  ", "staff-1", MONDAY)).reason());
        assertEquals(Reason.REASON_MISSING, assertThrows(PermitApplicationException.class,
                () -> a.decide(true, "x".repeat(PermitApplication.MAX_MESSAGE + 1), "staff-1", MONDAY)).reason());
        a.decide(true, "Meets the rules.\nKeep the hedge.", "staff-1", MONDAY.plusSeconds(86_400));
        assertEquals(ApplicationStatus.GRANTED, a.status());
        assertEquals("Meets the rules.\nKeep the hedge.", a.decisionReason(), "line breaks kept");
        assertFalse(a.overdue(LocalDate.of(2027, 1, 1)));
        assertEquals(Reason.WRONG_STATUS, assertThrows(PermitApplicationException.class,
                () -> a.decide(false, "again", "staff-1", MONDAY)).reason());
        assertEquals(Reason.WRONG_STATUS, assertThrows(PermitApplicationException.class,
                () -> a.withdraw(MONDAY)).reason(), "no withdrawing a decision");
        assertEquals(Reason.WRONG_STATUS, assertThrows(PermitApplicationException.class,
                () -> a.assign("staff-2", "Sam", MONDAY)).reason());
    }

    @Test
    void refusingWhileWaitingForAnAnswerEndsThePause() {
        PermitApplication a = submitted();
        a.requestInformation(MONDAY);
        a.decide(false, "No answer came.", "staff-1", MONDAY.plusSeconds(5 * 86_400));
        assertEquals(ApplicationStatus.REFUSED, a.status());
        assertNull(a.pausedSince());
    }

    @Test
    void withdrawnBeforeADecisionAndDocumentsOnlyWhenOpen() {
        PermitApplication draft = draft();
        draft.requireDocumentsOpen();
        draft.withdraw(MONDAY);
        assertEquals(ApplicationStatus.WITHDRAWN, draft.status());
        assertThrows(PermitApplicationException.class, draft::requireDocumentsOpen);

        PermitApplication sent = submitted();
        assertEquals(Reason.WRONG_STATUS, assertThrows(PermitApplicationException.class,
                sent::requireDocumentsOpen).reason(), "documents are fixed once submitted");
        sent.requestInformation(MONDAY);
        sent.requireDocumentsOpen();
        sent.withdraw(MONDAY);
        assertEquals(ApplicationStatus.WITHDRAWN, sent.status());
    }

    @Test
    void aDraftsDescriptionAndOptionalContact() {
        PermitApplication draft = draft();
        draft.describe("  A wooden fence.\n\tPainted green.  ", " ana@example.org ", "", MONDAY);
        assertEquals("A wooden fence.\n\tPainted green.", draft.description());
        assertEquals("ana@example.org", draft.contactEmail());
        assertNull(draft.contactPhone(), "none given, none kept");
        assertEquals(Reason.CONTACT_INVALID, assertThrows(PermitApplicationException.class,
                () -> draft.describe("x", "not an address", null, MONDAY)).reason());
        assertEquals(Reason.CONTACT_INVALID, assertThrows(PermitApplicationException.class,
                () -> draft.describe("x", null, "call me", MONDAY)).reason());
        assertEquals(Reason.DESCRIPTION_INVALID, assertThrows(PermitApplicationException.class,
                () -> draft.describe("bell\u0007", null, null, MONDAY)).reason());
        draft.describe(null, null, "+31 30 123 4567", MONDAY);
        assertEquals("+31 30 123 4567", draft.contactPhone());
    }

    @Test
    void assignedToSomeoneOrNobody() {
        PermitApplication a = submitted();
        assertThrows(PermitApplicationException.class, () -> draft().assign("staff-1", "Sam", MONDAY),
                "a draft is not with the city yet");
        a.assign("staff-1", "Sam Staff", MONDAY);
        assertEquals("staff-1", a.assignee());
        assertEquals("Sam Staff", a.assigneeName());
        a.assign(null, null, MONDAY);
        assertNull(a.assignee());
        assertNull(a.assigneeName());
    }

    @Test
    void theTermIsAtLeastADay() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionTerm(0));
        assertEquals(LocalDate.of(2026, 3, 3), new DecisionTerm(1).deadline(LocalDate.of(2026, 3, 2)));
        assertEquals(LocalDate.of(2026, 3, 10), DecisionTerm.afterPause(LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 4)), "a pause never moves the deadline earlier");
    }

    private static PermitApplication submitted() {
        PermitApplication a = draft();
        a.submit(true, BOTH, TERM, MONDAY);
        return a;
    }

    private static PermitApplication draft() {
        return new PermitApplication(123, "citizen-1", check("PERMIT_REQUIRED"), MONDAY);
    }

    private static CheckSnapshot check(String outcome) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("location", "front");
        answers.put("height", new BigDecimal("1.5"));
        answers.put("corner", true);
        return new CheckSnapshot("0344200000100001", "UTR01-K-1", "WR-1", "residential", "fence", answers,
                Map.of("zoneMaxHeight", 10.0), outcome, "F3", "fence-front-high", UUID.randomUUID(), 4,
                LocalDate.of(2026, 3, 2));
    }
}
