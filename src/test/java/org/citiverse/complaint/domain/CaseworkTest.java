package org.citiverse.complaint.domain;

import org.citiverse.shared.domain.CityArea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.junit.jupiter.api.Test;

/** Casework rules: who works a request, its priority, moderation, areas, staff and saved filters. */
class CaseworkTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final CityArea CITY = CityArea.parse("51.95,4.90,52.25,5.35");

    @Test
    void aRequestIsGivenToSomeoneOrNobodyButNotTwiceToTheSame() {
        ServiceRequest r = request("Loose kerb stone");
        assertNull(r.assignee());
        RequestUpdate given = r.assign("s-1", "  Ann de Vries ", "s-2", NOW);
        assertEquals("s-1", r.assignee());
        assertEquals("Ann de Vries", r.assigneeName());
        assertTrue(given.internal());
        assertEquals("Assigned to Ann de Vries.", given.note());
        assertRefused(Reason.ASSIGNEE_INVALID, () -> r.assign("s-1", "Ann", "s-2", NOW));
        assertRefused(Reason.ASSIGNEE_INVALID, () -> r.assign("s-3", " ", "s-2", NOW));
        assertEquals("No longer assigned.", r.assign(null, null, "s-2", NOW).note());
        assertNull(r.assigneeName());
        assertRefused(Reason.ASSIGNEE_INVALID, () -> r.assign(null, null, "s-2", NOW));
        r.assign("s-4", "n".repeat(300), "s-2", NOW);
        assertEquals(ServiceRequest.MAX_ASSIGNEE_NAME, r.assigneeName().length());
    }

    @Test
    void newRequestsAreNormalAndStaffChangeThePriority() {
        ServiceRequest r = request("Streetlight out");
        assertEquals(Priority.NORMAL, r.priority());
        assertEquals("Priority normal → urgent.", r.prioritise(Priority.URGENT, "s", NOW).note());
        assertRefused(Reason.PRIORITY_INVALID, () -> r.prioritise(Priority.URGENT, "s", NOW));
        assertRefused(Reason.PRIORITY_INVALID, () -> r.prioritise(null, "s", NOW));
        assertEquals(Priority.HIGH, Priority.parse(" high ").orElseThrow());
        assertTrue(Priority.parse("soon").isEmpty());
        assertTrue(Priority.parse(null).isEmpty());
    }

    @Test
    void moderationKeepsTheReportersFirstWordsAndHidesFromThePublicOnly() {
        ServiceRequest r = request("Call Jan at 0612345678");
        r.moderate("Call the neighbour", false, "s", NOW);
        assertEquals("Call the neighbour", r.description());
        assertEquals("Call Jan at 0612345678", r.originalDescription());
        r.moderate("Neighbour knows more", false, "s", NOW);
        assertEquals("Call Jan at 0612345678", r.originalDescription(), "the reporter's words, not an earlier edit");
        assertEquals("Neighbour knows more", r.publicDescription());
        RequestUpdate hidden = r.moderate(null, true, "s", NOW);
        assertTrue(hidden.internal());
        assertEquals("Description unchanged, hidden from the public.", hidden.note());
        assertNull(r.publicDescription());
        assertEquals("Neighbour knows more", r.description(), "staff still read it");
        assertRefused(Reason.NOTE_INVALID, () -> r.moderate(null, true, "s", NOW));
        assertRefused(Reason.NOTE_INVALID, () -> r.moderate("  Neighbour knows more ", true, "s", NOW));
        assertRefused(Reason.DESCRIPTION_INVALID, () -> r.moderate("x".repeat(4001), true, "s", NOW));
        assertRefused(Reason.DESCRIPTION_INVALID, () -> r.moderate("bell\u0007", true, "s", NOW));
    }

    @Test
    void areasAreNamedBoxesAndABadSettingIsRefused() {
        List<District> areas = District.parseAll("Binnenstad=52.083,5.105,52.1,5.135; Noord = 52.1,4.9,52.25,5.35");
        assertEquals(List.of("Binnenstad", "Noord"), areas.stream().map(District::name).toList());
        assertTrue(areas.get(0).box().contains(52.0907, 5.1214));
        assertFalse(areas.get(1).box().contains(52.0907, 5.1214));
        assertTrue(District.parseAll(" ").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> District.parseAll("=52,5,53,6"));
        assertThrows(IllegalArgumentException.class, () -> District.parseAll("North"));
        assertThrows(IllegalArgumentException.class, () -> District.parseAll("North=53,5,52,6"));
    }

    @Test
    void aQueueFilterNamesMeNobodyAPersonOrAnyone() {
        assertEquals("s-1", RequestQuery.Triage.assignee(" me ", "s-1"));
        assertEquals(RequestQuery.Triage.NOBODY, RequestQuery.Triage.assignee("none", "s-1"));
        assertEquals("s-9", RequestQuery.Triage.assignee("s-9", "s-1"));
        assertNull(RequestQuery.Triage.assignee(" ", "s-1"));
        assertNull(RequestQuery.Triage.assignee(null, "s-1"));
    }

    @Test
    void staffWorkForTheirDepartmentsOrAnyWhenInNone() {
        StaffMember roads = new StaffMember("s-1", "Ann", List.of("roads", "lighting"), NOW);
        assertTrue(roads.worksFor("roads"));
        assertFalse(roads.worksFor("waste"));
        StaffMember general = new StaffMember("s-2", null, List.of(), NOW);
        assertTrue(general.worksFor("waste"));
        assertEquals("s-2", general.name(), "named by subject when the provider gives no name");
        assertFalse(roads.seen("Ann", List.of("lighting", "roads"), NOW.plusSeconds(60)), "nothing new: no write");
        assertTrue(roads.seen("Ann B", List.of("roads"), NOW.plusSeconds(60)));
        assertTrue(roads.seen("Ann B", List.of("roads"), NOW.plus(Duration.ofHours(2))), "seen again after a while");
    }

    @Test
    void aSavedFilterIsANamedQueryOfTheQueuesOwnParameters() {
        SavedFilter f = new SavedFilter("s", " Urgent ", "?status=open&priority=URGENT&area=Binnenstad", NOW);
        assertEquals("Urgent", f.name());
        assertEquals("status=open&priority=URGENT&area=Binnenstad", f.query());
        assertEquals("", new SavedFilter("s", "All", "", NOW).query());
        assertRefused(Reason.FILTER_INVALID, () -> new SavedFilter("s", " ", "status=open", NOW));
        assertRefused(Reason.FILTER_INVALID, () -> new SavedFilter("s", "n".repeat(61), "status=open", NOW));
        assertRefused(Reason.FILTER_INVALID, () -> new SavedFilter("s", "Evil", "status=open&evil=1", NOW));
        assertRefused(Reason.FILTER_INVALID, () -> new SavedFilter("s", "Bare", "status", NOW));
        assertRefused(Reason.FILTER_INVALID, () -> new SavedFilter("s", "Space", "status=open now", NOW));
        assertRefused(Reason.FILTER_INVALID, () -> new SavedFilter("s", "Long", "status=" + "o".repeat(1000), NOW));
        assertRefused(Reason.FILTER_INVALID, () -> new SavedFilter("s", "Control", "status=op\u0000en", NOW));
    }

    private static ServiceRequest request(String description) {
        Category pothole = ServiceRequestTest.pothole(true);
        return ServiceRequest.file(pothole, new Submission("pothole", description, 52.09, 5.12, null, null,
                Map.of("size", List.of("small")), null, null, Submission.Source.PORTAL, "u", null, null), CITY, NOW);
    }

    private static void assertRefused(Reason reason, Runnable action) {
        assertEquals(reason, assertThrows(ComplaintException.class, action::run).reason());
    }
}
