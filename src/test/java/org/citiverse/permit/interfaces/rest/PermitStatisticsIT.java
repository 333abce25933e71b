package org.citiverse.permit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Statistics of permit checks over the real server: checks made through the public API show up in
 * the staff figures at once, anonymously (an activity no rule set knows is "other"); citizens may
 * not read them; a period that is no period is a 400; the CSV has the same counts.
 */
class PermitStatisticsIT {

    private static final String BASE = TestServers.postgres();
    private static final String API = "/api/v1/permit-statistics";
    private final PortalClient staff = new PortalClient(BASE).signIn("staff");
    private final PortalClient anyone = new PortalClient(BASE);

    @Test
    void checksMadeThroughTheApiAreCountedByActivityOutcomeAndRule() {
        String address = residentialAddress();
        JsonObject before = figures();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> check = anyone.postJson("/api/v1/permit-checks", "{\"addressId\":\"" + address
                    + "\",\"activity\":\"fence\",\"inputs\":{\"location\":\"front\",\"height\":0.8}}", Map.of());
            assertEquals(200, check.statusCode(), check.body());
        }
        String typed = "it-unknown-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, anyone.postJson("/api/v1/permit-checks", "{\"addressId\":\"" + address + "\",\"activity\":\""
                + typed + "\",\"inputs\":{}}", Map.of()).statusCode());

        JsonObject after = figures();
        assertEquals(before.getInt("total") + 3, after.getInt("total"));
        assertEquals(outcome(before, "fence", "permitFree") + 2, outcome(after, "fence", "permitFree"));
        assertEquals(outcome(before, "other", "undecided") + 1, outcome(after, "other", "undecided"));
        assertTrue(after.getJsonArray("perWeek").stream().map(JsonObject.class::cast)
                .noneMatch(a -> a.getString("activity").equals(typed)), "what was typed is not kept");
        assertTrue(after.getJsonArray("topRules").stream().map(JsonObject.class::cast).anyMatch(r ->
                r.getString("activity").equals("fence") && r.getString("ruleId").equals("F2")
                        && r.getString("zoneType").equals("residential")), after.toString());

        HttpResponse<String> csv = staff.get(API + "/export.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("day,activity,zone_type,outcome,rule_id,rule_set_version,checks\r\n"));
        assertTrue(csv.body().contains(",\"fence\",\"residential\",\"PERMIT_FREE\",\"F2\","), csv.body());
    }

    @Test
    void onlyStaffReadTheFigures() {
        assertEquals(401, anyone.get(API).statusCode());
        PortalClient citizen = new PortalClient(BASE).signIn("citizen");
        assertEquals(403, citizen.get(API).statusCode());
        assertEquals(403, citizen.get(API + "/export.csv").statusCode());
        assertEquals(200, new PortalClient(BASE).signIn("admin").get(API).statusCode());
    }

    @Test
    void aPeriodThatIsNoPeriodIsRefusedSayingWhy() {
        assertBad(API + "?from=yesterday", "from is a date");
        assertBad(API + "?to=2026-02-30", "to is a date");
        assertBad(API + "?from=2026-12-02&to=2026-12-01", "to is before from");
        assertBad(API + "?from=2020-01-01&to=2026-01-01", "at most");
        assertBad(API + "/export.csv?from=2026-13-01", "from is a date");
        JsonObject fixed = Json.object(staff.get(API + "?from=2026-11-30&to=2026-12-13").body());
        assertEquals(2, fixed.getJsonArray("weeks").size());
        assertEquals("2026-W49", fixed.getJsonArray("weeks").getString(0));
    }

    private void assertBad(String path, String saying) {
        HttpResponse<String> answer = staff.get(path);
        assertEquals(400, answer.statusCode(), path + ": " + answer.body());
        assertTrue(answer.body().contains(saying), answer.body());
    }

    private JsonObject figures() {
        HttpResponse<String> answer = staff.get(API);
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.object(answer.body());
    }

    private static long outcome(JsonObject figures, String activity, String outcome) {
        return figures.getJsonArray("outcomes").stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("activity").equals(activity)).mapToLong(o -> o.getJsonNumber(outcome)
                        .longValue()).sum();
    }

    private String residentialAddress() {
        for (String street : new String[] {"Vleutenseweg", "Amsterdamsestraatweg", "Biltstraat", "Jutfaseweg",
                "Burgemeester Reigerstraat", "Adriaen van Ostadelaan", "Nachtegaalstraat"}) {
            for (Object a : Json.object(anyone.get("/api/v1/addresses?limit=5&q=" + street.replace(" ", "%20"))
                    .body()).getJsonArray("addresses")) {
                String id = ((JsonObject) a).getString("id");
                HttpResponse<String> parcel = anyone.get("/api/v1/permit-city-model/parcels?addressId=" + id);
                if (parcel.statusCode() == 200) {
                    JsonObject p = Json.object(parcel.body());
                    if (!p.isNull("zone") && p.getJsonObject("zone").getString("type").equals("residential")) {
                        return id;
                    }
                }
            }
        }
        throw new AssertionError("no residential parcel in the demo city");
    }
}
