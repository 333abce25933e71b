package org.citiverse.household.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.citiverse.household.domain.HouseholdException.Reason;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static Reason refusal(Runnable action) {
        return assertThrows(HouseholdException.class, action::run).reason();
    }

    @Test
    void aNewHouseholdHasItsOwnerAsOnlyMember() {
        Household home = new Household("  Lindenstraat 12 ", "ana", NOW);
        assertEquals("Lindenstraat 12", home.name());
        assertTrue(home.isOwner("ana"));
        assertEquals(1, home.members().size());
        assertFalse(home.isMember("noor"));
    }

    @Test
    void namesMustBeShortPlainText() {
        assertEquals(Reason.NAME_INVALID, refusal(() -> new Household(" ", "ana", NOW)));
        assertEquals(Reason.NAME_INVALID, refusal(() -> new Household(null, "ana", NOW)));
        assertEquals(Reason.NAME_INVALID, refusal(() -> new Household("x".repeat(81), "ana", NOW)));
        assertEquals(Reason.NAME_INVALID, refusal(() -> new Household("a\u0000b", "ana", NOW)));
    }

    @Test
    void anInvitationWorksOnceBeforeItExpires() {
        Household home = new Household("Home", "ana", NOW);
        Invitation.Issued issued = Invitation.issue(home, "ana", "for Noor", NOW, WEEK);
        assertTrue(Invitation.isWellFormed(issued.code()));
        assertNotEquals(issued.code(), Invitation.hash(issued.code()), "only the hash is kept");

        issued.invitation().accept(home, "noor", NOW.plusSeconds(60));
        assertTrue(home.isMember("noor"));
        assertEquals(InvitationStatus.ACCEPTED, issued.invitation().status());
        assertEquals(Reason.INVITATION_ANSWERED,
                refusal(() -> issued.invitation().accept(home, "sam", NOW.plusSeconds(120))));

        Invitation late = Invitation.issue(home, "ana", null, NOW, WEEK).invitation();
        assertEquals(Reason.INVITATION_EXPIRED, refusal(() -> late.accept(home, "sam", NOW.plus(WEEK))));
        assertFalse(home.isMember("sam"));
    }

    @Test
    void onlyTheOwnerInvitesRemovesAndWithdraws() {
        Household home = new Household("Home", "ana", NOW);
        Invitation.issue(home, "ana", null, NOW, WEEK).invitation().accept(home, "noor", NOW);
        assertEquals(Reason.NOT_OWNER, refusal(() -> Invitation.issue(home, "noor", null, NOW, WEEK)));
        assertEquals(Reason.NOT_FOUND, refusal(() -> Invitation.issue(home, "stranger", null, NOW, WEEK)));
        assertEquals(Reason.NOT_OWNER, refusal(() -> home.remove("noor", "ana")));
        Invitation open = Invitation.issue(home, "ana", null, NOW, WEEK).invitation();
        assertEquals(Reason.NOT_OWNER, refusal(() -> open.withdraw(home, "noor", NOW)));
        open.withdraw(home, "ana", NOW);
        assertEquals(Reason.INVITATION_ANSWERED, refusal(() -> open.accept(home, "sam", NOW)));
    }

    @Test
    void theOwnerStaysMembersMayLeaveOrBeRemoved() {
        Household home = new Household("Home", "ana", NOW);
        Invitation.issue(home, "ana", null, NOW, WEEK).invitation().accept(home, "noor", NOW);
        Invitation.issue(home, "ana", null, NOW, WEEK).invitation().accept(home, "sam", NOW);
        assertEquals(Reason.OWNER_STAYS, refusal(() -> home.leave("ana")));
        assertEquals(Reason.OWNER_STAYS, refusal(() -> home.remove("ana", "ana")));
        assertEquals(Reason.ALREADY_MEMBER,
                refusal(() -> Invitation.issue(home, "ana", null, NOW, WEEK).invitation().accept(home, "sam", NOW)));
        home.leave("noor");
        home.remove("ana", "sam");
        assertEquals(1, home.members().size());
        assertEquals(Reason.NOT_FOUND, refusal(() -> home.leave("noor")));
    }

    @Test
    void notesAreShortAndCodesHaveOneShape() {
        Household home = new Household("Home", "ana", NOW);
        assertEquals(Reason.NOTE_INVALID, refusal(() -> Invitation.issue(home, "ana", "x".repeat(81), NOW, WEEK)));
        assertFalse(Invitation.isWellFormed(null));
        assertFalse(Invitation.isWellFormed("short"));
        assertFalse(Invitation.isWellFormed("abc/def+ghi=jkl.mnop"));
        assertNotEquals(Invitation.issue(home, "ana", null, NOW, WEEK).code(),
                Invitation.issue(home, "ana", null, NOW, WEEK).code());
    }
}
