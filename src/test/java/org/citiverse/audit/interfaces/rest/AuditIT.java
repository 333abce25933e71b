package org.citiverse.audit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit log as staff use it: search page, JSON, CSV export; bad criteria get clear answers. */
class AuditIT {

    private static PortalClient staff;
    private static String citizenSubject;

    @BeforeAll
    static void somethingHappened() {
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        citizen.get("/citizen/"); // starts the portal session: the sign-in is recorded
        staff = new PortalClient(TestServers.postgres()).signIn("staff");
        JsonObject page = Json.object(staff.get("/api/audit?action=identity.signed-in&limit=1000").body());
        citizenSubject = page.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("detail", "").startsWith("roles citizen"))
                .map(e -> e.getString("actor")).findFirst().orElseThrow();
    }

    @Test
    void staffFindWhoDidWhatByPersonActionAndDay() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonObject found = Json.object(staff.get("/api/audit?actor=" + citizenSubject + "&action=identity."
                + "&from=" + today + "&to=" + today + "&limit=5").body());
        List<JsonObject> entries = found.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertFalse(entries.isEmpty());
        for (JsonObject e : entries) {
            assertEquals(citizenSubject, e.getString("actor"));
            assertTrue(e.getString("action").startsWith("identity."), e.toString());
            assertTrue(e.getString("occurredAt").startsWith(today), e.toString());
            assertTrue(e.containsKey("origin"), "from where");
        }
        String page = staff.get("/staff/audit.xhtml?actor=" + citizenSubject + "&action=identity.signed-in").body();
        assertTrue(page.contains("identity.signed-in") && page.contains(citizenSubject), page);
        assertTrue(page.contains("/api/audit/export.csv?actor=" + citizenSubject + "&amp;action=identity.signed-in"),
                "the export link carries the same search");
    }

    @Test
    void theSameSearchDownloadsAsCsv() {
        HttpResponse<String> csv = staff.get("/api/audit/export.csv?actor=" + citizenSubject);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("citiverse-audit.csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(AuditCsv.HEADER, lines.get(0));
        assertTrue(lines.size() > 1);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("\"" + citizenSubject + "\"")), csv.body());
    }

    @Test
    void badCriteriaGetAClearAnswer() {
        for (String query : new String[] {"from=yesterday", "to=2026-13-45", "from=2026-11-23&to=2026-11-21",
                "limit=0", "limit=1001", "limit=many", "offset=-1"}) {
            HttpResponse<String> response = staff.get("/api/audit?" + query);
            assertEquals(400, response.statusCode(), query);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals("audit/invalid-query", Json.object(response.body()).getString("type"), response.body());
        }
        String page = staff.get("/staff/audit.xhtml?from=yesterday").body();
        assertTrue(page.contains("There is a problem") && page.contains("href=\"#from\""), page);
        assertEquals(200, staff.get("/staff/audit.xhtml?actor=" + "x".repeat(5000)).statusCode(), "long input: no match");
    }

    @Test
    void theLogHoldsNoNamesOrTokens() {
        String all = staff.get("/api/audit?limit=1000").body();
        assertFalse(all.contains("Ana Citizen"), "names are personal data; the log has account ids");
        assertFalse(all.matches("(?s).*eyJ[A-Za-z0-9_-]{10,}\\..*"), "no tokens");
        assertFalse(all.contains("demo-portal-secret"));
    }
}
