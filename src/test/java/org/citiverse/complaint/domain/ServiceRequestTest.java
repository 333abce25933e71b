package org.citiverse.complaint.domain;

import org.citiverse.shared.domain.CityArea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final CityArea CITY = CityArea.parse("51.95,4.90,52.25,5.35");

    @Test
    void aSubmissionIsFiledOpenRoutedAndDueByTheServiceLevel() {
        ServiceRequest r = ServiceRequest.file(pothole(true), at(52.09, 5.12), CITY, NOW);
        assertEquals(RequestStatus.OPEN, r.status());
        assertEquals("open", r.status().open311());
        assertEquals("roads", r.departmentCode());
        assertEquals(NOW.plus(Duration.ofDays(10)), r.dueAt());
        assertEquals("large", r.attributes().getString("size"));
        assertFalse(r.overdue(NOW.plus(Duration.ofDays(9))));
        assertTrue(r.overdue(NOW.plus(Duration.ofDays(11))));
    }

    @Test
    void placesOutsideTheCityAndNowhereAreRefused() {
        assertRefused(Reason.LOCATION_OUTSIDE_CITY, () -> ServiceRequest.file(pothole(true), at(48.85, 2.35), CITY, NOW));
        assertRefused(Reason.LOCATION_INVALID, () -> at(95.0, 5.12));
        assertRefused(Reason.LOCATION_INVALID, () -> at(Double.NaN, 5.12));
        assertRefused(Reason.LOCATION_INVALID, () -> new Submission("pothole", null, 52.09, null, null, null,
                Map.of(), null, null, Submission.Source.PORTAL, "user", null, null));
        assertRefused(Reason.LOCATION_MISSING, () -> new Submission("pothole", "d", null, null, " ", null, Map.of(),
                null, null, Submission.Source.PORTAL, "user", null, null));
    }

    @Test
    void textAndLinksAreChecked() {
        assertRefused(Reason.DESCRIPTION_INVALID, () -> new Submission("pothole", "x".repeat(4001), 52.09, 5.12, null,
                null, Map.of(), null, null, Submission.Source.PORTAL, "u", null, null));
        assertRefused(Reason.MEDIA_URL_INVALID, () -> new Submission("pothole", "d", 52.09, 5.12, null, null, Map.of(),
                "javascript:alert(1)", null, Submission.Source.OPEN311, null, null, null));
        assertRefused(Reason.CONTACT_INVALID, () -> new Submission.Contact("A", "not-an-address", null));
        assertRefused(Reason.CONTACT_INVALID, () -> new Submission.Contact("A", null, "call me maybe"));
        Submission html = new Submission("pothole", "<script>alert(1)</script>", 52.09, 5.12, null, null,
                Map.of("size", List.of("small")), null, null, Submission.Source.PORTAL, "u", null, null);
        assertEquals("<script>alert(1)</script>", ServiceRequest.file(pothole(true), html, CITY, NOW).description(),
                "kept as typed: pages and feeds escape it");
    }

    @Test
    void aDescriptionMayBeLongButNotCarryWhatXmlCannot() {
        Submission longOne = new Submission("pothole", "x".repeat(4000), 52.09, 5.12, null, null,
                Map.of("size", List.of("small")), null, null, Submission.Source.PORTAL, "u", null, null);
        assertEquals(4000, longOne.description().length());
        assertRefused(Reason.DESCRIPTION_INVALID, () -> new Submission("pothole", "broken \uFFFF text", 52.09, 5.12,
                null, null, Map.of(), null, null, Submission.Source.PORTAL, "u", null, null));
        assertRefused(Reason.ADDRESS_INVALID, () -> new Submission("pothole", "d", null, null, "Main street \uFFFE",
                null, Map.of(), null, null, Submission.Source.PORTAL, "u", null, null));
    }

    @Test
    void aCommentFromAnAppIsNeverTheCitysAnswer() {
        ServiceRequest r = ServiceRequest.file(pothole(true), at(52.09, 5.12), CITY, NOW);
        r.change(RequestStatus.ACKNOWLEDGED, "We will look at it.", false, "staff", NOW);
        RequestUpdate comment = r.comment("It got deeper.", "api:Fix-it", NOW.plusSeconds(5));
        assertEquals("We will look at it.", r.publicNote(), "the city's note stays");
        assertEquals(RequestStatus.ACKNOWLEDGED, comment.status());
        assertEquals(false, comment.internal());
        assertRefused(Reason.NOTE_INVALID, () -> r.comment(" ", "api:Fix-it", NOW));
    }

    @Test
    void aPageFarBeyondTheListStartsAtItsEnd() {
        assertEquals(Integer.MAX_VALUE, new RequestQuery(null, null, null, null, null, null, null, false, NOW,
                20_000_000, 200).offset());
        assertEquals(400, new RequestQuery(null, null, null, null, null, null, null, false, NOW, 3, 200).offset());
    }

    @Test
    void anonymousReportsOnlyWhereTheCategoryAllowsThem() {
        Submission nobody = new Submission("pothole", "d", 52.09, 5.12, null, null, Map.of("size", List.of("small")),
                null, null, Submission.Source.OPEN311, null, null, null);
        assertTrue(nobody.anonymous());
        assertRefused(Reason.CATEGORY_NOT_ANONYMOUS, () -> ServiceRequest.file(pothole(false), nobody, CITY, NOW));
        Submission reachable = new Submission("pothole", "d", 52.09, 5.12, null, null, Map.of("size", List.of("small")),
                null, new Submission.Contact(null, "a@example.org", null), Submission.Source.OPEN311, null, null, null);
        assertEquals("a@example.org", ServiceRequest.file(pothole(false), reachable, CITY, NOW).contact().email());
    }

    @Test
    void theSameContentFromTheSameSenderHasTheSameFingerprint() {
        ServiceRequest a = ServiceRequest.file(pothole(true), at(52.09, 5.12), CITY, NOW);
        ServiceRequest b = ServiceRequest.file(pothole(true), at(52.09, 5.12), CITY, NOW.plusSeconds(5));
        ServiceRequest elsewhere = ServiceRequest.file(pothole(true), at(52.1, 5.12), CITY, NOW);
        assertEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.fingerprint(), elsewhere.fingerprint());
        assertNotEquals(a.token(), b.token());
    }

    @Test
    void staffChangeStatusAndNotesAndClosingIsRecorded() {
        ServiceRequest r = ServiceRequest.file(pothole(true), at(52.09, 5.12), CITY, NOW);
        RequestUpdate ack = r.change(RequestStatus.ACKNOWLEDGED, "We will look at it.", false, "staff", NOW);
        assertEquals("We will look at it.", r.publicNote());
        assertEquals("INVESTIGATING", ack.status().extended());
        r.change(null, "Crew booked for Tuesday", true, "staff", NOW);
        assertEquals("We will look at it.", r.publicNote(), "an internal note is not published");
        r.change(RequestStatus.FIXED, null, false, "staff", NOW.plusSeconds(60));
        assertEquals("closed", r.status().open311());
        assertEquals(NOW.plusSeconds(60), r.closedAt());
        assertFalse(r.overdue(NOW.plus(Duration.ofDays(30))), "closed work is never overdue");
        r.change(RequestStatus.OPEN, "Reopened: the hole is back.", false, "staff", NOW.plusSeconds(120));
        assertNull(r.closedAt());
        assertRefused(Reason.NOTE_INVALID, () -> r.change(RequestStatus.OPEN, " ", false, "staff", NOW));
        assertRefused(Reason.STATUS_INVALID, () -> r.change(RequestStatus.WITHDRAWN, null, false, "staff", NOW));
        assertRefused(Reason.NOTE_INVALID, () -> r.change(null, "x".repeat(2001), false, "staff", NOW));
    }

    @Test
    void onlyAnOpenRequestCanBeWithdrawn() {
        ServiceRequest r = ServiceRequest.file(pothole(true), at(52.09, 5.12), CITY, NOW);
        assertEquals(RequestStatus.WITHDRAWN, r.withdraw("user", NOW).status());
        assertEquals("closed", r.status().open311());
        assertRefused(Reason.STATUS_INVALID, () -> r.withdraw("user", NOW));
    }

    @Test
    void anInactiveOrOtherCategoryTakesNothing() throws Exception {
        Category closed = pothole(true);
        set(closed, "active", false);
        assertRefused(Reason.CATEGORY_UNKNOWN, () -> ServiceRequest.file(closed, at(52.09, 5.12), CITY, NOW));
    }

    @Test
    void anAdministratorSetsAServiceLevelWithinAYear() {
        Category c = pothole(true);
        c.change(details(" Potholes ", 7, true));
        assertEquals("Potholes", c.name("en"));
        assertEquals(Duration.ofDays(7), c.serviceLevel());
        assertEquals(NOW.plus(Duration.ofDays(7)), ServiceRequest.file(c, at(52.09, 5.12), CITY, NOW).dueAt());
        assertRefused(Reason.SERVICE_LEVEL_INVALID, () -> c.change(details("P", 0, true)));
        assertRefused(Reason.SERVICE_LEVEL_INVALID, () -> c.change(details("P", 366, true)));
        assertRefused(Reason.CATEGORY_NAME_INVALID, () -> c.change(details(" ", 5, true)));
        c.change(details("P", 5, false));
        assertRefused(Reason.CATEGORY_UNKNOWN, () -> ServiceRequest.file(c, at(52.09, 5.12), CITY, NOW));
    }

    @Test
    void aRequestKeepsItsAnswersWhenItsQuestionChangesOrGoes() {
        Category c = pothole(true);
        ServiceRequest filed = ServiceRequest.file(c, at(52.09, 5.12), CITY, NOW);
        c.changeQuestion("size", CategoryAttribute.draft("size", "singlevaluelist", true, "How wide?", "Hoe breed?",
                List.of(new CategoryAttribute.Choice("small", "S", "K"))));
        assertEquals("large", filed.attributes().getString("size"), "kept as given, though no longer a value");
        assertRefused(Reason.ATTRIBUTE_INVALID, () -> ServiceRequest.file(c, at(52.10, 5.12), CITY, NOW));
        c.removeQuestion("size");
        assertEquals("large", filed.attributes().getString("size"));
        assertRefused(Reason.ATTRIBUTE_UNKNOWN, () -> ServiceRequest.file(c, at(52.10, 5.12), CITY, NOW));
    }

    private static CategoryDetails details(String nameEn, int days, boolean offered) {
        return new CategoryDetails(nameEn, "Gaten", "Holes in roads", "Gaten in wegen", "Streets", "Straten",
                List.of("road"), "roads", days, false, offered);
    }

    @Test
    void theCityAreaMustBeABox() {
        assertThrows(IllegalArgumentException.class, () -> CityArea.parse("52,5,51,6"));
        assertThrows(IllegalArgumentException.class, () -> CityArea.parse("52,5,53"));
        assertTrue(CITY.contains(52.09, 5.12));
        assertFalse(CITY.contains(52.09, 5.5));
    }

    private static Submission at(double lat, double lon) {
        return new Submission("pothole", "A deep hole", lat, lon, null, null, Map.of("size", List.of("large")), null,
                null, Submission.Source.PORTAL, "user:ana", null, null);
    }

    static Category pothole(boolean anonymousAllowed) {
        try {
            Category c = construct();
            set(c, "code", "pothole");
            set(c, "nameEn", "Pothole");
            set(c, "nameNl", "Gat");
            set(c, "departmentCode", "roads");
            set(c, "attributes", "[{\"code\":\"size\",\"datatype\":\"singlevaluelist\",\"required\":true,\"order\":1,"
                    + "\"description_en\":\"Size\",\"description_nl\":\"Maat\",\"values\":[{\"key\":\"small\","
                    + "\"name_en\":\"S\",\"name_nl\":\"K\"},{\"key\":\"large\",\"name_en\":\"L\",\"name_nl\":\"G\"}]}]");
            set(c, "anonymousAllowed", anonymousAllowed);
            set(c, "dueDays", 10);
            set(c, "active", true);
            return c;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Category construct() throws ReflectiveOperationException {
        var constructor = Category.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static void assertRefused(Reason reason, org.junit.jupiter.api.function.Executable action) {
        assertEquals(reason, assertThrows(ComplaintException.class, action).reason());
    }
}
