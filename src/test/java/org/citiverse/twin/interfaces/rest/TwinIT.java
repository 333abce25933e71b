package org.citiverse.twin.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The twin system on PostgreSQL through its API, as real people and a gateway: containment with
 * inherited grants (REQ-DT-05/06), search by type, text and place (REQ-DT-03/04), reports with
 * late data kept in history only, location sync (FGMV-28 7.3.2), and the rules' refusals.
 */
class TwinIT {

    /** Yesterday (UTC) as the date part of an instant: recent enough for the history's retention, never in the future. */
    private static final String DAY = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "T";

    private static PortalClient admin;
    private static PortalClient citizen;
    private static PortalClient other;
    private static PortalClient staff;
    private static PortalClient gateway;
    private static String household;

    @BeforeAll
    static void people() {
        admin = new PortalClient(TestServers.postgres()).signIn("admin");
        citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        other = new PortalClient(TestServers.postgres()).signIn("resident");
        staff = new PortalClient(TestServers.postgres()).signIn("staff");
        gateway = new PortalClient(TestServers.postgres())
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
        household = org.citiverse.testsupport.Households.create(citizen, "Twin home");
    }

    private static String create(String json) {
        HttpResponse<String> response = admin.postJson("/api/v1/twins", json, Map.of());
        assertEquals(201, response.statusCode(), response.body());
        String id = Json.object(response.body()).getString("id");
        assertTrue(id.startsWith("urn:citiverse:twin:"), "a stable URN (REQ-DT-01): " + id);
        assertTrue(PortalClient.location(response).endsWith("/api/v1/twins/" + id));
        return id;
    }

    private static String home() {
        return create("{\"type\":\"home\",\"name\":\"Lindenstraat 12\",\"owner\":\"household:" + household
                + "\",\"linkType\":\"NL\",\"location\":{\"latitude\":52.0907,\"longitude\":5.1214}}");
    }

    @Test
    void grantsAreInheritedDownTheContainmentTree() {
        String home = home();
        String door = create("{\"type\":\"door\",\"name\":\"Front door\",\"owner\":\"department:roads\","
                + "\"linkType\":\"L2\",\"parent\":\"" + home + "\",\"properties\":{\"open\":\"BOOLEAN\"},"
                + "\"actions\":[\"open\"]}");
        assertEquals(200, citizen.get("/api/v1/twins/" + door).statusCode(), "the household's grant on the home covers the door");
        assertEquals(404, other.get("/api/v1/twins/" + door).statusCode(), "another citizen: it does not exist");
        assertEquals(404, other.get("/api/v1/twins/" + home).statusCode());
        assertEquals(200, staff.get("/api/v1/twins/" + door).statusCode(), "roads owns the door");
        assertEquals(404, staff.get("/api/v1/twins/" + home).statusCode(), "but not the home");

        List<JsonObject> children = Json.array(citizen.get("/api/v1/twins/" + home + "/children").body())
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(door), children.stream().map(c -> c.getString("id")).toList());
        JsonObject doorJson = Json.object(citizen.get("/api/v1/twins/" + door).body());
        assertEquals(home, doorJson.getJsonObject("containedIn").getString("object"), "NGSI-LD relationship");
        assertEquals("BOOLEAN", doorJson.getJsonObject("properties").getJsonObject("open").getString("valueType"));

        // Out of the home: the household no longer sees it; back in: it does again.
        assertEquals(200, admin.send("PUT", "/api/v1/twins/" + door + "/parent", "{\"parent\":null}").statusCode());
        assertEquals(404, citizen.get("/api/v1/twins/" + door).statusCode());
        assertEquals(200, admin.send("PUT", "/api/v1/twins/" + door + "/parent", "{\"parent\":\"" + home + "\"}")
                .statusCode());
        assertEquals(200, citizen.get("/api/v1/twins/" + door).statusCode());

        HttpResponse<String> cycle = admin.send("PUT", "/api/v1/twins/" + home + "/parent", "{\"parent\":\"" + door + "\"}");
        assertEquals(400, cycle.statusCode());
        assertEquals("twin/cycle", Json.object(cycle.body()).getString("type"));
    }

    @Test
    void searchFindsByTypeTextAndPlaceAndNeverShowsWhatTheCallerMayNotSee() {
        String home = home();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String light = create("{\"type\":\"street-light\",\"name\":\"Light " + tag + "\",\"owner\":\"department:lighting\","
                + "\"linkType\":\"L2\",\"location\":{\"latitude\":52.0910,\"longitude\":5.1220}}");
        String far = create("{\"type\":\"street-light\",\"name\":\"Light " + tag + " far\",\"owner\":\"department:lighting\","
                + "\"linkType\":\"L2\",\"location\":{\"latitude\":52.3700,\"longitude\":4.8900}}");

        List<String> byText = ids(staff.get("/api/v1/twins?type=street-light&q=" + tag));
        assertEquals(List.of(light, far), byText, "staff of lighting, by name");
        assertEquals(List.of(), ids(other.get("/api/v1/twins?q=" + tag)), "a citizen sees none of them");

        List<String> near = ids(admin.get("/api/v1/twins?near=52.0907,5.1214&radius=200&q=" + tag));
        assertEquals(List.of(light), near, "within 200 m, not the one in another city");
        List<String> box = ids(admin.get("/api/v1/twins?bbox=5.0,52.0,5.2,52.2&type=home"));
        assertTrue(box.contains(home), box.toString());
        assertFalse(ids(citizen.get("/api/v1/twins?near=52.0907,5.1214&radius=500")).contains(light),
                "what is here? only what the citizen may see");
        assertTrue(ids(citizen.get("/api/v1/twins?near=52.0907,5.1214&radius=500")).contains(home));

        // By current state (REQ-DT-03/04) and in the order asked.
        String sensorA = create("{\"type\":\"water-level-sensor\",\"name\":\"B gauge " + tag + "\",\"owner\":"
                + "\"department:lighting\",\"linkType\":\"L1\",\"properties\":{\"level\":\"NUMBER\",\"alarm\":\"BOOLEAN\","
                + "\"label\":\"TEXT\"}}");
        String sensorB = create("{\"type\":\"water-level-sensor\",\"name\":\"A gauge " + tag + "\",\"owner\":"
                + "\"department:lighting\",\"linkType\":\"L1\",\"properties\":{\"level\":\"NUMBER\",\"alarm\":\"BOOLEAN\","
                + "\"label\":\"TEXT\"}}");
        admin.send("PUT", "/api/v1/twins/" + sensorA + "/state", "{\"observedAt\":\"" + DAY + "11:00:00Z\","
                + "\"values\":{\"level\":12,\"alarm\":true,\"label\":\"open:true\"}}");
        admin.send("PUT", "/api/v1/twins/" + sensorB + "/state", "{\"observedAt\":\"" + DAY + "10:00:00Z\","
                + "\"values\":{\"level\":1,\"alarm\":false,\"label\":\"Canal\"}}");
        assertEquals(List.of(sensorA), ids(staff.get("/api/v1/twins?q=" + tag + "&state=alarm:true")));
        assertEquals(List.of(sensorB), ids(staff.get("/api/v1/twins?q=" + tag + "&state=level:1")),
                "level 1 is not level 12");
        assertEquals(List.of(sensorB), ids(staff.get("/api/v1/twins?q=" + tag + "&state=label:Canal")));
        assertEquals(List.of(), ids(staff.get("/api/v1/twins?q=" + tag + "&state=open:true")),
                "text that looks like a pair is not that pair");
        assertEquals(List.of(), ids(other.get("/api/v1/twins?state=alarm:true&q=" + tag)), "grants still apply");
        assertEquals(List.of(sensorB, sensorA), ids(staff.get("/api/v1/twins?type=water-level-sensor&q=" + tag)),
                "by name by default");
        assertEquals(List.of(sensorA, sensorB),
                ids(staff.get("/api/v1/twins?type=water-level-sensor&sort=-observed&q=" + tag)), "latest report first");
        assertEquals(List.of(light, far, sensorB, sensorA), ids(staff.get("/api/v1/twins?sort=type&q=" + tag)),
                "by type, then name");

        for (String bad : new String[] {"bbox=1,2,3", "bbox=a,b,c,d", "near=52.1,5.1", "near=52.1,5.1&radius=999999",
                "near=95,5&radius=10", "limit=0", "limit=501", "offset=-1", "bbox=5.2,52.2,5.0,52.0", "state=level",
                "state=Level:1", "state=level:", "sort=colour"}) {
            HttpResponse<String> response = admin.get("/api/v1/twins?" + bad);
            assertEquals(400, response.statusCode(), bad + ": " + response.body());
        }
    }

    @Test
    void reportsUpdateStateLateDataOnlyGoesToHistoryAndBadValuesChangeNothing() {
        String home = home();
        String bell = create("{\"type\":\"doorbell\",\"name\":\"Bell\",\"owner\":\"household:" + household + "\","
                + "\"linkType\":\"L1\",\"parent\":\"" + home + "\",\"properties\":{\"ringing\":\"BOOLEAN\","
                + "\"battery\":\"NUMBER\"}}");
        assertEquals(404, gateway.send("PUT", "/api/v1/twins/" + bell + "/state",
                "{\"observedAt\":\"" + DAY + "10:00:00Z\",\"values\":{\"ringing\":true}}").statusCode(),
                "a gateway reports only on twins it was granted");
        assertEquals(201, citizen.postJson("/api/v1/twins/" + home + "/grants",
                "{\"principal\":\"role:device-gateway\",\"permission\":\"OPERATE\"}", Map.of()).statusCode());

        HttpResponse<String> newer = gateway.send("PUT", "/api/v1/twins/" + bell + "/state",
                "{\"observedAt\":\"" + DAY + "10:00:00Z\",\"values\":{\"ringing\":true,\"battery\":87}}");
        assertEquals(200, newer.statusCode(), newer.body());
        HttpResponse<String> late = gateway.send("PUT", "/api/v1/twins/" + bell + "/state",
                "{\"observedAt\":\"" + DAY + "09:59:00Z\",\"values\":{\"ringing\":false}}");
        JsonObject state = Json.object(late.body()).getJsonObject("properties");
        assertTrue(state.getJsonObject("ringing").getBoolean("value"), "the older report did not overwrite");
        assertEquals("" + DAY + "10:00:00Z", state.getJsonObject("ringing").getString("observedAt"));

        for (String bad : new String[] {"{\"observedAt\":\"" + DAY + "11:00:00Z\",\"values\":{\"ringing\":\"yes\"}}",
                "{\"observedAt\":\"" + DAY + "11:00:00Z\",\"values\":{\"colour\":\"red\"}}",
                "{\"values\":{\"ringing\":false}}", "{\"observedAt\":\"yesterday\",\"values\":{}}", "[]"}) {
            assertEquals(400, gateway.send("PUT", "/api/v1/twins/" + bell + "/state", bad).statusCode(), bad);
        }
        HttpResponse<String> future = gateway.send("PUT", "/api/v1/twins/" + bell + "/state",
                "{\"observedAt\":\"2099-01-01T00:00:00Z\",\"values\":{\"ringing\":false}}");
        assertEquals("twin/observed-in-future", Json.object(future.body()).getString("type"), future.body());
        HttpResponse<String> huge = gateway.send("PUT", "/api/v1/twins/" + bell + "/state",
                "{\"observedAt\":\"" + DAY + "11:00:00Z\",\"values\":{\"ringing\":true,\"padding\":\""
                        + "x".repeat(9000) + "\"}}");
        assertEquals(400, huge.statusCode(), "too large or unknown, never a database error: " + huge.body());
        JsonObject after = Json.object(citizen.get("/api/v1/twins/" + bell).body());
        assertEquals(1, after.getInt("stateVersion"), "only the first report changed the state");

        List<JsonObject> history = Json.array(citizen.get("/api/v1/twins/" + bell + "/history").body())
                .getValuesAs(JsonObject.class);
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.stream().anyMatch(h -> !h.getBoolean("applied")), "the late report is kept");
        assertEquals(400, citizen.get("/api/v1/twins/" + bell + "/history?from=soon").statusCode());
    }

    @Test
    void historyIsDownsampledIntoBucketsForLongRanges() {
        String gauge = create("{\"type\":\"water-level-sensor\",\"name\":\"Gauge\",\"owner\":\"household:"
                + household + "\",\"linkType\":\"L1\",\"properties\":{\"level\":\"NUMBER\",\"alarm\":\"BOOLEAN\"}}");
        admin.postJson("/api/v1/twins/" + gauge + "/grants", "{\"principal\":\"role:device-gateway\",\"permission\":\"VIEW\"}",
                Map.of());
        String[][] reports = {{"10:05", "1.0", "false"}, {"10:20", "3.0", "false"}, {"10:50", "2.0", "true"},
                {"13:10", "7.5", "true"}};
        for (String[] r : reports) {
            assertEquals(200, gateway.send("PUT", "/api/v1/twins/" + gauge + "/state", "{\"observedAt\":\"" + DAY + r[0]
                    + ":00Z\",\"values\":{\"level\":" + r[1] + ",\"alarm\":" + r[2] + "}}").statusCode());
        }
        String range = "/api/v1/twins/" + gauge + "/history?from=" + DAY + "00:00:00Z&to=" + DAY + "23:59:59Z";
        JsonObject hourly = Json.object(citizen.get(range + "&every=PT1H").body());
        assertEquals("PT1H", hourly.getString("every"));
        List<JsonObject> buckets = hourly.getJsonArray("buckets").getValuesAs(JsonObject.class);
        assertEquals(2, buckets.size(), "10:00 and 13:00; empty hours left out: " + buckets);
        JsonObject ten = buckets.get(0);
        assertEquals(DAY + "10:00:00Z", ten.getString("start"));
        assertEquals(3, ten.getInt("count"));
        JsonObject level = ten.getJsonObject("values").getJsonObject("level");
        assertEquals(1.0, level.getJsonNumber("min").doubleValue());
        assertEquals(3.0, level.getJsonNumber("max").doubleValue());
        assertEquals(2.0, level.getJsonNumber("mean").doubleValue(), 1e-9);
        assertEquals(2.0, level.getJsonNumber("last").doubleValue());
        assertTrue(ten.getJsonObject("values").getJsonObject("alarm").getBoolean("last"));
        assertFalse(ten.getJsonObject("values").getJsonObject("alarm").containsKey("mean"), "a boolean has no mean");
        assertEquals(1, Json.object(citizen.get(range + "&every=P1D").body()).getJsonArray("buckets").size());

        assertEquals(400, citizen.get(range + "&every=PT1S").statusCode(), "86,399 buckets is no summary");
        assertEquals(400, citizen.get(range + "&every=hourly").statusCode());
        assertEquals(400, citizen.get(range + "&every=-PT1H").statusCode());
        assertEquals(404, other.get(range + "&every=PT1H").statusCode(), "not visible, not summarised either");
    }

    @Test
    void administratorsChangeTwinsAndOnlyEmptyTwinsAreDeleted() {
        String home = home();
        String lamp = create("{\"type\":\"lamp\",\"name\":\"Hall lamp\",\"owner\":\"household:" + household
                + "\",\"linkType\":\"L2\",\"parent\":\"" + home + "\",\"properties\":{\"on\":\"BOOLEAN\","
                + "\"watts\":\"NUMBER\"},\"actions\":[\"switch\"]}");
        admin.send("PUT", "/api/v1/twins/" + lamp + "/state", "{\"observedAt\":\"" + DAY + "08:00:00Z\","
                + "\"values\":{\"on\":true,\"watts\":9}}");

        // The household administers its home and so the lamp: it renames and redefines it.
        HttpResponse<String> changed = citizen.send("PUT", "/api/v1/twins/" + lamp, "{\"name\":\"Landing lamp\","
                + "\"properties\":{\"on\":\"BOOLEAN\",\"watts\":\"TEXT\",\"dim\":\"NUMBER\"},\"actions\":[\"switch\",\"dim\"]}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject lampNow = Json.object(changed.body());
        assertEquals("Landing lamp", lampNow.getJsonObject("name").getString("value"));
        JsonObject properties = lampNow.getJsonObject("properties");
        assertTrue(properties.getJsonObject("on").getBoolean("value"), "same property, same type: value kept");
        assertTrue(properties.getJsonObject("watts").isNull("value"), "type changed: old value dropped");
        assertEquals("TEXT", properties.getJsonObject("watts").getString("valueType"));
        assertEquals(2, lampNow.getJsonArray("actions").size());

        assertEquals(404, other.send("PUT", "/api/v1/twins/" + lamp, "{\"name\":\"Mine\"}").statusCode());
        citizen.postJson("/api/v1/twins/" + lamp + "/grants", "{\"principal\":\"department:lighting\",\"permission\":"
                + "\"OPERATE\"}", Map.of());
        assertEquals(403, staff.send("PUT", "/api/v1/twins/" + lamp, "{\"name\":\"Mine\"}").statusCode(),
                "operating is not administering");
        for (String bad : new String[] {"{\"name\":\"\"}", "{\"name\":\"" + "n".repeat(121) + "\"}",
                "{\"properties\":{\"on\":\"COLOUR\"}}", "{\"properties\":[]}", "{\"actions\":[\"Not valid\"]}", "[]"}) {
            assertEquals(400, citizen.send("PUT", "/api/v1/twins/" + lamp, bad).statusCode(), bad);
        }
        assertEquals("Landing lamp", Json.object(citizen.get("/api/v1/twins/" + lamp).body()).getJsonObject("name")
                .getString("value"), "refused changes changed nothing");

        // Deleting: city administrators only, and never a twin that still contains others.
        assertEquals(403, citizen.send("DELETE", "/api/v1/twins/" + lamp, null).statusCode());
        HttpResponse<String> notEmpty = admin.send("DELETE", "/api/v1/twins/" + home, null);
        assertEquals(409, notEmpty.statusCode(), notEmpty.body());
        assertEquals("twin/has-contents", Json.object(notEmpty.body()).getString("type"));
        assertEquals(204, admin.send("DELETE", "/api/v1/twins/" + lamp, null).statusCode());
        assertEquals(404, admin.get("/api/v1/twins/" + lamp).statusCode());
        assertEquals(404, admin.get("/api/v1/twins/" + lamp + "/history").statusCode(), "its history went with it");
        assertEquals(204, admin.send("DELETE", "/api/v1/twins/" + home, null).statusCode(), "now empty");
        assertEquals(404, admin.send("DELETE", "/api/v1/twins/" + home, null).statusCode(), "deleting twice: gone");
    }

    @Test
    void locationSyncMovesTheTwinAndIsHistory() {
        String home = home();
        String sensor = create("{\"type\":\"water-level-sensor\",\"name\":\"Canal sensor\",\"owner\":\"household:"
                + household + "\",\"linkType\":\"L1\",\"parent\":\"" + home + "\"}");
        admin.postJson("/api/v1/twins/" + sensor + "/grants",
                "{\"principal\":\"role:device-gateway\",\"permission\":\"OPERATE\"}", Map.of());
        HttpResponse<String> moved = gateway.send("PUT", "/api/v1/twins/" + sensor + "/location",
                "{\"observedAt\":\"" + DAY + "10:00:00Z\",\"latitude\":52.0800,\"longitude\":5.1300,\"floor\":-1}");
        assertEquals(200, moved.statusCode(), moved.body());
        JsonObject point = Json.object(moved.body()).getJsonObject("location");
        assertEquals("[5.13,52.08]", point.getJsonObject("value").getJsonArray("coordinates").toString(),
                "GeoJSON order: longitude, latitude");
        assertTrue(ids(citizen.get("/api/v1/twins?near=52.0800,5.1300&radius=50")).contains(sensor));
        assertEquals("LOCATION", Json.array(citizen.get("/api/v1/twins/" + sensor + "/history").body())
                .getJsonObject(0).getString("kind"));
        for (String bad : new String[] {"{\"observedAt\":\"" + DAY + "10:00:00Z\",\"latitude\":91,\"longitude\":5}",
                "{\"observedAt\":\"" + DAY + "10:00:00Z\",\"latitude\":\"north\",\"longitude\":5}",
                "{\"observedAt\":\"" + DAY + "10:00:00Z\"}"}) {
            assertEquals(400, gateway.send("PUT", "/api/v1/twins/" + sensor + "/location", bad).statusCode(), bad);
        }
    }

    @Test
    void grantsCannotLockEveryAdministratorOut() {
        String home = home();
        List<JsonObject> grants = Json.array(citizen.get("/api/v1/twins/" + home + "/grants").body())
                .getValuesAs(JsonObject.class);
        assertEquals(1, grants.size(), "the owner's");
        String ownerGrant = grants.get(0).getString("id");
        HttpResponse<String> last = citizen.send("DELETE", "/api/v1/twins/" + home + "/grants/" + ownerGrant, null);
        assertEquals(409, last.statusCode(), last.body());
        assertEquals(201, citizen.postJson("/api/v1/twins/" + home + "/grants",
                "{\"principal\":\"department:roads\",\"permission\":\"ADMINISTER\"}", Map.of()).statusCode());
        assertEquals(204, citizen.send("DELETE", "/api/v1/twins/" + home + "/grants/" + ownerGrant, null).statusCode());
        assertEquals(404, citizen.get("/api/v1/twins/" + home).statusCode(), "the household gave the home away");
        assertEquals(200, staff.get("/api/v1/twins/" + home).statusCode());

        assertEquals(400, staff.postJson("/api/v1/twins/" + home + "/grants",
                "{\"principal\":\"everyone\",\"permission\":\"VIEW\"}", Map.of()).statusCode());
        assertEquals(400, staff.postJson("/api/v1/twins/" + home + "/grants",
                "{\"principal\":\"user:x\",\"permission\":\"OWN\"}", Map.of()).statusCode());
        String audit = staff.get("/api/audit?object=" + home).body();
        assertTrue(audit.contains("twin.granted") && audit.contains("twin.revoked") && audit.contains("twin.created"),
                audit);
    }

    @Test
    void concurrentReportsAreAllAcceptedAndTheNewestWins() throws Exception {
        String home = home();
        String meter = create("{\"type\":\"meter\",\"name\":\"Meter\",\"owner\":\"household:" + household
                + "\",\"linkType\":\"L1\",\"parent\":\"" + home + "\",\"properties\":{\"reading\":\"NUMBER\"}}");
        admin.postJson("/api/v1/twins/" + meter + "/grants",
                "{\"principal\":\"role:device-gateway\",\"permission\":\"OPERATE\"}", Map.of());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int minute = 10 + i;
            statuses.add(pool.submit(() -> {
                go.await();
                return gateway.send("PUT", "/api/v1/twins/" + meter + "/state", "{\"observedAt\":\"" + DAY + "10:"
                        + minute + ":00Z\",\"values\":{\"reading\":" + minute + "}}").statusCode();
            }));
        }
        go.countDown();
        for (java.util.concurrent.Future<Integer> status : statuses) {
            assertEquals(200, status.get(), "no report is lost to a concurrent one");
        }
        pool.shutdown();
        JsonObject reading = Json.object(citizen.get("/api/v1/twins/" + meter).body()).getJsonObject("properties")
                .getJsonObject("reading");
        assertEquals(15, reading.getInt("value"), "the newest observation is the state");
        assertEquals(6, Json.array(citizen.get("/api/v1/twins/" + meter + "/history").body()).size(), "all kept");
    }

    @Test
    void historyPastItsRetentionIsDeletedAndTheStateStays() {
        String home = home();
        String gauge = create("{\"type\":\"gauge\",\"name\":\"Old gauge\",\"owner\":\"household:" + household
                + "\",\"linkType\":\"L1\",\"parent\":\"" + home + "\",\"properties\":{\"level\":\"NUMBER\"}}");
        admin.postJson("/api/v1/twins/" + gauge + "/grants",
                "{\"principal\":\"role:device-gateway\",\"permission\":\"OPERATE\"}", Map.of());
        assertEquals(200, gateway.send("PUT", "/api/v1/twins/" + gauge + "/state",
                "{\"observedAt\":\"2001-01-01T00:00:00Z\",\"values\":{\"level\":3}}").statusCode());
        // The test server runs housekeeping every 2 s; the default retention is 365 days.
        org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(30), "old history to be deleted",
                () -> Json.array(citizen.get("/api/v1/twins/" + gauge + "/history").body()).isEmpty() ? true : null);
        assertEquals(3, Json.object(citizen.get("/api/v1/twins/" + gauge).body()).getJsonObject("properties")
                .getJsonObject("level").getInt("value"), "the state is not history: it stays");
    }

    @Test
    void pagesShowWhatTheGrantsAllow() {
        String home = home();
        create("{\"type\":\"doorbell\",\"name\":\"Bell by the gate\",\"owner\":\"household:" + household
                + "\",\"linkType\":\"L1\",\"parent\":\"" + home + "\",\"properties\":{\"ringing\":\"BOOLEAN\"}}");
        String mine = citizen.get("/citizen/home.xhtml").body();
        assertTrue(mine.contains("Bell by the gate") && mine.contains("ringing: –"), mine);
        assertFalse(other.get("/citizen/home.xhtml").body().contains("Bell by the gate"));
        String explorer = staff.get("/staff/twins.xhtml?type=doorbell").body();
        assertFalse(explorer.contains("Bell by the gate"), "staff of roads and lighting do not see homes' bells");
        assertTrue(admin.get("/staff/twins.xhtml?text=gate").body().contains("Bell by the gate"));
        String light = create("{\"type\":\"street-light\",\"name\":\"Inspected light\",\"owner\":\"department:lighting\","
                + "\"linkType\":\"L2\",\"properties\":{\"on\":\"BOOLEAN\",\"watts\":\"NUMBER\"},"
                + "\"location\":{\"latitude\":52.0911,\"longitude\":5.1220}}");
        admin.postJson("/api/v1/twins/" + light + "/grants",
                "{\"principal\":\"role:device-gateway\",\"permission\":\"OPERATE\"}", Map.of());
        gateway.send("PUT", "/api/v1/twins/" + light + "/state", "{\"observedAt\":\"" + DAY
                + "07:00:00Z\",\"values\":{\"watts\":40}}");
        gateway.send("PUT", "/api/v1/twins/" + light + "/state", "{\"observedAt\":\"" + DAY
                + "08:00:00Z\",\"values\":{\"on\":true,\"watts\":61}}");
        String inspector = staff.get("/staff/twin.xhtml?id=" + light).body();
        assertTrue(inspector.contains("Inspected light") && inspector.contains("on: true")
                && (inspector.contains("{&quot;on&quot;:true") || inspector.contains("{\"on\":true")), inspector);
        assertTrue(inspector.contains("Who may do what"), "lighting staff administer their light");
        String week = staff.get("/staff/twin.xhtml?range=P7D&id=" + light).body();
        assertTrue(week.contains("<polyline") && week.contains("watts: average per period, from 40.00 – 61.00"), week);

        // They manage access on the page: give roads a view, and cannot withdraw the last administration.
        HttpResponse<String> given = staff.submit(inspector, "grant", "Give access",
                Map.of("principalKind", "department", "principalId", "roads", "permission", "VIEW"));
        assertEquals(302, given.statusCode(), given.body());
        String granted = staff.follow(given).body();
        assertTrue(granted.contains("Access given.") && granted.contains("department:roads"), granted);
        String missing = staff.submit(granted, "grant", "Give access",
                Map.of("principalKind", "department", "principalId", "", "permission", "VIEW")).body();
        assertTrue(missing.contains("Enter the identifier of who gets access"), missing);
        String malformed = staff.submit(granted, "grant", "Give access",
                Map.of("principalKind", "department", "principalId", "roads; drop", "permission", "VIEW")).body();
        assertTrue(malformed.contains("may only use letters"), malformed);
        String last = staff.submit(granted, "grants", "Withdraw: department:lighting, Administer", Map.of()).body();
        assertTrue(last.contains("last grant that lets anyone administer"), last);
        HttpResponse<String> withdrawn = staff.submit(granted, "grants", "Withdraw: department:roads, View", Map.of());
        assertEquals(302, withdrawn.statusCode());
        assertFalse(staff.follow(withdrawn).body().contains("department:roads"));

        // "What is here?" on the map: the light near the place, a link on the map and in the list.
        String near = staff.get("/staff/twins.xhtml?latitude=52.0907&longitude=5.1214&radius=300").body();
        assertTrue(near.contains("class=\"twin-map\"") && near.contains("class=\"twin-map__search\"")
                && near.contains("aria-label=\"Inspected light\""), near);
        String lit = staff.get("/staff/twins.xhtml?type=street-light&state=on:true&sort=-observed").body();
        assertTrue(lit.contains("Inspected light") && lit.contains("<option value=\"-observed\" selected=\"selected\""), lit);
        String badState = staff.get("/staff/twins.xhtml?state=on").body();
        assertTrue(badState.contains("There is a problem") && badState.contains("href=\"#state\""), badState);
        assertEquals(404, staff.get("/staff/twin.xhtml?id=" + home).statusCode(), "not a home they may see");
        assertEquals(404, staff.get("/staff/twin.xhtml?id=nonsense").statusCode());
        String badPlace = staff.get("/staff/twins.xhtml?latitude=north&longitude=5&radius=100").body();
        assertTrue(badPlace.contains("There is a problem") && badPlace.contains("href=\"#latitude\""), badPlace);
    }

    @Test
    void badTwinsAndIdsGetClearAnswers() {
        for (String bad : new String[] {"{\"type\":\"Home!\",\"name\":\"x\",\"owner\":\"household:h\"}",
                "{\"type\":\"home\",\"name\":\"\",\"owner\":\"household:h\"}",
                "{\"type\":\"home\",\"name\":\"x\",\"owner\":\"nobody\"}",
                "{\"type\":\"home\",\"name\":\"x\",\"owner\":\"household:h\",\"location\":{\"latitude\":1}}",
                "{\"type\":\"home\",\"name\":\"x\",\"owner\":\"household:h\",\"parent\":\"urn:citiverse:twin:"
                        + UUID.randomUUID() + "\"}",
                "{\"type\":\"home\",\"name\":\"x\",\"owner\":\"household:h\",\"properties\":{\"open\":\"COLOUR\"}}",
                "{\"type\":\"home\",\"name\":\"" + "x".repeat(121) + "\",\"owner\":\"household:h\"}", "not json"}) {
            HttpResponse<String> response = admin.postJson("/api/v1/twins", bad, Map.of());
            assertEquals(400, response.statusCode(), bad + ": " + response.body());
        }
        assertEquals(403, citizen.postJson("/api/v1/twins",
                "{\"type\":\"home\",\"name\":\"x\",\"owner\":\"household:h\"}", Map.of()).statusCode());
        assertEquals(404, citizen.get("/api/v1/twins/urn:citiverse:twin:" + UUID.randomUUID()).statusCode());
        assertEquals(404, citizen.get("/api/v1/twins/not-a-twin").statusCode());
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body()).getJsonArray("twins").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("id")).toList();
    }
}
