package org.citiverse.complaint.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.Tokens;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Civil complaints over the real server: citizens file and follow requests, staff work them,
 * devices raise them; resubmissions, floods, bad and hostile input. (Open311ClientIT checks the
 * Open311 API as a third-party client reads the specification.)
 */
class ServiceRequestIT {

    private static final String BASE = TestServers.postgres();
    private final PortalClient citizen = new PortalClient(BASE).signIn("citizen");
    private final PortalClient resident = new PortalClient(BASE).signIn("resident");
    private final PortalClient staff = new PortalClient(BASE).signIn("staff");
    private final PortalClient admin = new PortalClient(BASE).signIn("admin");
    private final PortalClient anyone = new PortalClient(BASE);

    @Test
    void aCitizenFilesFollowsAndWithdrawsAndTheSameFormTwiceIsOneRequest() {
        String body = "{\"category\":\"pothole\",\"description\":\"Deep hole " + UUID.randomUUID() + "\","
                + "\"latitude\":52.0921,\"longitude\":5.1219,\"attributes\":{\"size\":\"large\"}}";
        HttpResponse<String> filed = citizen.postJson("/api/v1/service-requests", body, Map.of());
        assertEquals(201, filed.statusCode(), filed.body());
        JsonObject request = Json.object(filed.body());
        long id = request.getJsonNumber("id").longValue();
        assertEquals("OPEN", request.getString("status"));
        assertEquals("roads", request.getString("department"), "routed by its category");
        assertEquals("large", request.getJsonObject("attributes").getString("size"));

        HttpResponse<String> again = citizen.postJson("/api/v1/service-requests", body, Map.of());
        assertEquals(200, again.statusCode(), "a double submission is the same request: " + again.body());
        assertEquals(id, Json.object(again.body()).getJsonNumber("id").longValue());

        JsonArray mine = Json.object(citizen.get("/api/v1/service-requests").body()).getJsonArray("requests");
        assertTrue(ids(mine).contains(id), "listed under the citizen's own requests");
        assertFalse(ids(Json.object(resident.get("/api/v1/service-requests").body()).getJsonArray("requests"))
                .contains(id), "not under another citizen's");
        JsonObject seenByOther = Json.object(resident.get("/api/v1/service-requests/" + id).body());
        assertFalse(seenByOther.containsKey("reporter"), "the public view names nobody: " + seenByOther);
        assertTrue(Json.object(citizen.get("/api/v1/service-requests/" + id).body()).containsKey("reporter"));

        assertEquals(404, resident.postJson("/api/v1/service-requests/" + id + "/withdrawal", "", Map.of())
                .statusCode(), "only the reporter withdraws");
        HttpResponse<String> withdrawn = citizen.postJson("/api/v1/service-requests/" + id + "/withdrawal", "",
                Map.of());
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Json.object(withdrawn.body()).getString("status"));
        assertEquals(400, citizen.postJson("/api/v1/service-requests/" + id + "/withdrawal", "", Map.of())
                .statusCode(), "once");
        assertEquals("closed", open311(id).getString("status"));
    }

    @Test
    void staffAnswerWithPublicAndInternalNotesAndEveryChangeIsAudited() {
        long id = file(citizen, "graffiti", "Tag on the bridge " + UUID.randomUUID(), "\"offensive\":\"no\"");
        HttpResponse<String> ack = staff.postJson("/api/v1/service-requests/" + id + "/changes",
                "{\"status\":\"ACKNOWLEDGED\",\"note\":\"Our cleaning crew will remove it.\",\"version\":0}", Map.of());
        assertEquals(200, ack.statusCode(), ack.body());
        int version = Json.object(ack.body()).getInt("version");
        assertEquals(409, staff.postJson("/api/v1/service-requests/" + id + "/changes",
                "{\"status\":\"FIXED\",\"version\":0}", Map.of()).statusCode(), "changed meanwhile");
        assertEquals(200, staff.postJson("/api/v1/service-requests/" + id + "/changes",
                "{\"note\":\"Needs the cherry picker\",\"internal\":true,\"version\":" + version + "}", Map.of())
                .statusCode());

        JsonArray forCitizen = Json.array(citizen.get("/api/v1/service-requests/" + id + "/updates").body());
        assertEquals(List.of("Our cleaning crew will remove it."), notes(forCitizen), "internal notes stay inside");
        assertFalse(forCitizen.getJsonObject(0).containsKey("author"), "staff are not named to the public");
        assertEquals(2, Json.array(staff.get("/api/v1/service-requests/" + id + "/updates").body()).size());

        JsonObject published = open311(id);
        assertEquals("Our cleaning crew will remove it.", published.getString("status_notes"));
        String updates = anyone.get("/open311/v2/servicerequestupdates.json?service_request_id=" + id).body();
        assertTrue(updates.contains("INVESTIGATING") && !updates.contains("cherry picker"), updates);

        assertEquals(403, citizen.postJson("/api/v1/service-requests/" + id + "/changes",
                "{\"status\":\"CLOSED\"}", Map.of()).statusCode(), "citizens do not change status");
        String audit = staff.get("/api/audit?object=" + id).body();
        assertTrue(audit.contains("complaint.request-changed"), audit);
    }

    @Test
    void staffRouteAReportElsewhereAndCloseADuplicateNamingTheOriginal() {
        long first = file(citizen, "tree", "Fallen tree on the cycle path " + UUID.randomUUID(), "");
        long second = file(resident, "tree", "A tree blocks the cycle path " + UUID.randomUUID(), "");

        HttpResponse<String> routed = staff.postJson("/api/v1/service-requests/" + first + "/routing",
                "{\"category\":\"waste\",\"version\":0}", Map.of());
        assertEquals(200, routed.statusCode(), routed.body());
        assertEquals("waste", Json.object(routed.body()).getString("department"), "the category's department");
        HttpResponse<String> toRoads = staff.postJson("/api/v1/service-requests/" + first + "/routing",
                "{\"department\":\"roads\"}", Map.of());
        assertEquals("roads", Json.object(toRoads.body()).getString("department"));
        assertEquals(400, staff.postJson("/api/v1/service-requests/" + first + "/routing",
                "{\"department\":\"roads\"}", Map.of()).statusCode(), "nothing to change");
        assertEquals(400, staff.postJson("/api/v1/service-requests/" + first + "/routing",
                "{\"department\":\"moon\"}", Map.of()).statusCode(), "no such department");
        assertEquals(400, staff.postJson("/api/v1/service-requests/" + first + "/routing",
                "{\"category\":\"volcano\"}", Map.of()).statusCode(), "no such category");

        HttpResponse<String> merged = staff.postJson("/api/v1/service-requests/" + second + "/duplicate-of",
                "{\"original\":" + first + "}", Map.of());
        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals("DUPLICATE", Json.object(merged.body()).getString("status"));
        assertTrue(Json.object(resident.get("/api/v1/service-requests/" + second).body()).getString("publicNote")
                .contains(String.valueOf(first)), "the reporter sees which report to follow");
        assertEquals(400, staff.postJson("/api/v1/service-requests/" + second + "/duplicate-of",
                "{\"original\":" + first + "}", Map.of()).statusCode(), "no longer open");
        assertEquals(400, staff.postJson("/api/v1/service-requests/" + first + "/duplicate-of",
                "{\"original\":" + first + "}", Map.of()).statusCode(), "not itself");
        assertEquals(404, staff.postJson("/api/v1/service-requests/" + first + "/duplicate-of",
                "{\"original\":999999999}", Map.of()).statusCode());
        String audit = staff.get("/api/audit?object=" + second).body();
        assertTrue(audit.contains("complaint.request-merged"), audit);
    }

    @Test
    void theQueueFiltersAndExportsAndItsCsvIsSafeForSpreadsheets() {
        String marker = "=HYPERLINK(\\\"http://x\\\") " + UUID.randomUUID();
        long id = file(citizen, "waste", marker, "\"waste_type\":\"bulky\"");
        JsonObject page = Json.object(staff.get("/api/v1/service-requests?category=waste&status=OPEN&pageSize=5")
                .body());
        assertTrue(page.getInt("total") >= 1 && page.getJsonArray("requests").size() <= 5, page.toString());
        page.getJsonArray("requests").forEach(r -> assertEquals("waste", r.asJsonObject().getString("category")));
        assertTrue(ids(Json.object(staff.get("/api/v1/service-requests?department=waste&pageSize=200").body())
                .getJsonArray("requests")).contains(id));
        assertFalse(ids(Json.object(staff.get("/api/v1/service-requests?department=roads&pageSize=200").body())
                .getJsonArray("requests")).contains(id));
        assertEquals(400, staff.get("/api/v1/service-requests?status=LOST").statusCode());
        assertEquals(400, staff.get("/api/v1/service-requests?page=0").statusCode());

        String dashboard = staff.get("/staff/dashboard.xhtml").body();
        assertTrue(dashboard.contains("/staff/requests.xhtml?category=waste\">Litter or dumped waste</a>"),
                "this week's waste report is counted: " + dashboard);
        java.util.regex.Matcher open = java.util.regex.Pattern.compile("id=\"open-count\">([0-9]+)<").matcher(dashboard);
        assertTrue(open.find() && Long.parseLong(open.group(1)) >= 1, dashboard);

        HttpResponse<String> csv = staff.get("/api/v1/service-requests/export.csv?category=waste");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String line = csv.body().lines().filter(l -> l.startsWith("\"" + id + "\"")).findFirst().orElseThrow();
        assertTrue(line.contains("\"'=HYPERLINK("), "a formula is defused: " + line);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingIsFiled() {
        long before = Json.object(citizen.get("/api/v1/service-requests?pageSize=1").body()).getJsonNumber("total")
                .longValue();
        Map<String, String> cases = Map.of(
                "{\"category\":\"volcano\",\"latitude\":52.09,\"longitude\":5.12}", "service_code",
                "{\"category\":\"tree\",\"latitude\":48.85,\"longitude\":2.35}", "outside the city",
                "{\"category\":\"tree\",\"latitude\":52.09}", "lat and long",
                "{\"category\":\"tree\"}", "Give the place",
                "{\"category\":\"pothole\",\"latitude\":52.09,\"longitude\":5.12}", "attribute[size] is required",
                "{\"category\":\"pothole\",\"latitude\":52.09,\"longitude\":5.12,\"attributes\":{\"size\":\"giant\"}}",
                "attribute[size] is not an allowed answer",
                "{\"category\":\"tree\",\"latitude\":52.09,\"longitude\":5.12,\"description\":\"" + "x".repeat(4001)
                        + "\"}", "4000 characters",
                "{\"category\":\"tree\",\"latitude\":\"north\",\"longitude\":5.12}", "latitude is a number",
                "{\"category\":\"tree\",\"latitude\":52.09,\"longitude\":5.12,\"reporter\":\"someone-else\"}",
                "a JSON object with",
                "[1,2]", "a JSON object with");
        cases.forEach((body, message) -> {
            HttpResponse<String> refused = citizen.postJson("/api/v1/service-requests", body, Map.of());
            assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
            assertTrue(refused.body().contains(message), body + " -> " + refused.body());
        });
        assertEquals(400, citizen.postJson("/api/v1/service-requests", "{not json", Map.of()).statusCode());
        assertEquals(415, citizen.post("/api/v1/service-requests", "text/plain", "pothole", Map.of()).statusCode());
        assertEquals(before, Json.object(citizen.get("/api/v1/service-requests?pageSize=1").body())
                .getJsonNumber("total").longValue(), "nothing was filed");
    }

    @Test
    void scriptInAnyFieldComesBackAsTextInBothFormats() {
        String key = apiKey("Escaping app");
        String script = "<script>alert('x')</script> & <b>bold</b>";
        HttpResponse<String> filed = anyone.post("/open311/v2/requests.xml", "application/x-www-form-urlencoded",
                form("api_key", key, "service_code", "tree", "lat", "52.0907", "long", "5.1214", "description", script,
                        "address_string", script), Map.of());
        assertEquals(200, filed.statusCode(), filed.body());
        String id = filed.body().replaceAll("(?s).*<service_request_id>([0-9]+)</service_request_id>.*", "$1");
        String xml = anyone.get("/open311/v2/requests/" + id + ".xml").body();
        assertTrue(xml.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"), xml);
        assertFalse(xml.contains("<script>"), xml);
        assertEquals(script, open311(Long.parseLong(id)).getString("description"), "JSON keeps it as text");
    }

    @Test
    void oneAppFloodingIsSlowedDownWhileOthersGoOn() {
        String flooder = apiKey("Flooding app");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 45 && !statuses.contains(429); i++) {
            // Refused at once (no service_code) once admitted: the budget is spent before any work.
            last = anyone.post("/open311/v2/requests.json", "application/x-www-form-urlencoded",
                    form("api_key", flooder, "lat", "52.09", "long", "5.12"), Map.of());
            statuses.add(last.statusCode());
        }
        assertTrue(statuses.contains(429), "a flood is refused: " + statuses);
        assertTrue(statuses.indexOf(429) >= 30, "after the burst of 30: " + statuses);
        assertTrue(last.headers().firstValue("Retry-After").isPresent(), "says when to try again");
        assertTrue(Json.array(last.body()).getJsonObject(0).getString("description").contains("Too many"),
                last.body());
        String other = apiKey("Quiet app");
        assertEquals(400, anyone.post("/open311/v2/requests.json", "application/x-www-form-urlencoded",
                form("api_key", other, "lat", "52.09", "long", "5.12"), Map.of()).statusCode(),
                "another app is not held up");
    }

    @Test
    void aRevokedKeyFilesNothingAndOnlyAdminsManageKeys() {
        HttpResponse<String> made = admin.postJson("/api/v1/open311/keys", "{\"name\":\"Short-lived app\"}", Map.of());
        assertEquals(201, made.statusCode(), made.body());
        JsonObject key = Json.object(made.body());
        assertFalse(admin.get("/api/v1/open311/keys").body().contains(key.getString("key")), "never shown again");
        assertEquals(200, admin.send("DELETE", "/api/v1/open311/keys/" + key.getString("id"), null).statusCode());
        HttpResponse<String> refused = anyone.post("/open311/v2/requests.json", "application/x-www-form-urlencoded",
                form("api_key", key.getString("key"), "service_code", "tree", "lat", "52.09", "long", "5.12"), Map.of());
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(400, admin.postJson("/api/v1/open311/keys", "{\"name\":\"" + "x".repeat(81) + "\"}", Map.of())
                .statusCode());
        assertEquals(403, staff.postJson("/api/v1/open311/keys", "{\"name\":\"Staff app\"}", Map.of()).statusCode());
        assertTrue(staff.get("/api/audit?action=complaint.api-key-revoked").body().contains(key.getString("id")));
    }

    @Test
    void aFaultyStreetLightRaisesOneRequestAndItsRecoveryIsShown() {
        HttpResponse<String> twin = admin.postJson("/api/v1/twins", "{\"type\":\"street-light\",\"name\":\"Lamp "
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"owner\":\"department:lighting\","
                + "\"linkType\":\"L1\",\"location\":{\"latitude\":52.0931,\"longitude\":5.1180}}", Map.of());
        assertEquals(201, twin.statusCode(), twin.body());
        String twinId = Json.object(twin.body()).getString("id");
        Devices.Device lamp = Devices.register(admin, "complaint-lamp", "street-light", twinId);
        PortalClient gateway = new PortalClient(BASE)
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));

        report(gateway, lamp, "{\"on\":true,\"lampFault\":true,\"power\":0}");
        JsonObject raised = Eventually.await(Duration.ofSeconds(20), "a request raised by the lamp",
                () -> deviceRequest(twinId));
        assertEquals("streetlight", raised.getString("category"));
        assertEquals("lighting", raised.getString("department"));
        assertEquals("device", raised.getString("source"));
        assertEquals(52.0931, raised.getJsonNumber("latitude").doubleValue(), 1e-9, "placed where its twin is");
        assertTrue(raised.getBoolean("deviceFaulty"));

        report(gateway, lamp, "{\"on\":true,\"lampFault\":true,\"power\":0}");
        report(gateway, lamp, "{\"on\":true,\"lampFault\":false,\"power\":12.1}");
        long id = raised.getJsonNumber("id").longValue();
        Eventually.await(Duration.ofSeconds(20), "the recovery on the request", () -> Json.object(
                staff.get("/api/v1/service-requests/" + id).body()).getBoolean("deviceFaulty") ? null : true);
        assertEquals(id, deviceRequest(twinId).getJsonNumber("id").longValue(), "never a second request");
        List<String> notes = notes(Json.array(staff.get("/api/v1/service-requests/" + id + "/updates").body()));
        assertEquals(List.of("The device reports it works again."), notes, "the repeated fault adds nothing");
    }

    @Test
    void aCitizenWithAnAddressIsToldTheNumberAndEachAnswerByEmailButNotInternalNotes() throws Exception {
        String user = "report-mail-" + UUID.randomUUID().toString().substring(0, 8);
        String address = user + "@example.org";
        new org.citiverse.testsupport.KeycloakAdmin().createUser(user, "Rita", "Report");
        PortalClient reporter = new PortalClient(BASE).signIn(user);
        String profile = reporter.get("/citizen/profile.xhtml").body();
        assertEquals(302, reporter.postForm("/citizen/profile.xhtml", Map.of("profile_SUBMIT", "1", "displayName",
                "Rita Report", "email", address, "language", "en", "save", "Save my details",
                "jakarta.faces.ViewState", PortalClient.viewState(profile))).statusCode());

        long id = file(reporter, "tree", "Branch across the path " + UUID.randomUUID(), "");
        JsonObject received = Eventually.await(Duration.ofSeconds(20), "the e-mail with the number",
                () -> inbox(address).isEmpty() ? null : inbox(address).getJsonObject(0));
        assertEquals("Your report " + id + " has been received", received.getString("subject"));

        staff.postJson("/api/v1/service-requests/" + id + "/changes", "{\"note\":\"Crew notes\",\"internal\":true}",
                Map.of());
        staff.postJson("/api/v1/service-requests/" + id + "/changes",
                "{\"status\":\"FIXED\",\"note\":\"The branch has been cleared.\"}", Map.of());
        JsonObject answered = Eventually.await(Duration.ofSeconds(20), "the e-mail with the answer",
                () -> inbox(address).size() < 2 ? null : inbox(address).getJsonObject(1));
        assertEquals("News about report " + id, answered.getString("subject"));
        String text = answered.getString("mimeMessage");
        assertTrue(text.contains("Fixed") && text.contains("The branch has been cleared."), text);
        Thread.sleep(1_000);
        assertEquals(2, inbox(address).size(), "the internal note sent nothing: " + inbox(address));
        assertFalse(inbox(address).toString().contains("Crew notes"));

        // Someone else's report that this resident follows: its answers reach them too.
        long followed = file(citizen, "tree", "Roots lift the pavement " + UUID.randomUUID(), "");
        assertEquals(204, reporter.postJson("/api/v1/service-requests/" + followed + "/followers", "", Map.of())
                .statusCode());
        staff.postJson("/api/v1/service-requests/" + followed + "/changes",
                "{\"status\":\"ACTION_SCHEDULED\",\"note\":\"Planned for next week.\"}", Map.of());
        JsonObject toFollower = Eventually.await(Duration.ofSeconds(20), "the e-mail to the follower",
                () -> inbox(address).size() < 3 ? null : inbox(address).getJsonObject(2));
        assertEquals("News about report " + followed, toFollower.getString("subject"));
        assertTrue(toFollower.getString("mimeMessage").contains("Planned for next week."));
    }

    @Test
    void residentsFollowAnyReportAndReportersReopenTheirsWhileItIsRecent() {
        long id = file(citizen, "tree", "Hedge over the footpath " + UUID.randomUUID(), "");
        assertEquals(204, resident.postJson("/api/v1/service-requests/" + id + "/followers", "", Map.of()).statusCode());
        assertEquals(204, resident.postJson("/api/v1/service-requests/" + id + "/followers", "", Map.of()).statusCode(),
                "following twice is following");
        assertTrue(resident.get("/citizen/reports.xhtml").body().contains("/request.xhtml?id=" + id),
                "listed under the reports they follow");
        assertEquals(204, resident.send("DELETE", "/api/v1/service-requests/" + id + "/followers", null).statusCode());
        assertFalse(resident.get("/citizen/reports.xhtml").body().contains("/request.xhtml?id=" + id));
        assertEquals(404, resident.postJson("/api/v1/service-requests/999999999/followers", "", Map.of()).statusCode());

        assertEquals(400, citizen.postJson("/api/v1/service-requests/" + id + "/reopening", "", Map.of()).statusCode(),
                "an open report is open already");
        staff.postJson("/api/v1/service-requests/" + id + "/changes", "{\"status\":\"FIXED\"}", Map.of());
        assertEquals(404, resident.postJson("/api/v1/service-requests/" + id + "/reopening", "", Map.of())
                .statusCode(), "only its reporter reopens it");
        HttpResponse<String> reopened = citizen.postJson("/api/v1/service-requests/" + id + "/reopening", "", Map.of());
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals("OPEN", Json.object(reopened.body()).getString("status"));
        assertTrue(staff.get("/api/audit?object=" + id).body().contains("complaint.request-reopened"));

        long duplicate = file(citizen, "tree", "Same hedge " + UUID.randomUUID(), "");
        staff.postJson("/api/v1/service-requests/" + duplicate + "/duplicate-of", "{\"original\":" + id + "}", Map.of());
        assertEquals(400, citizen.postJson("/api/v1/service-requests/" + duplicate + "/reopening", "", Map.of())
                .statusCode(), "a duplicate is followed through its original");
    }

    @Test
    void open311SubmissionsOver64KibAreRefusedWithOrWithoutADeclaredLength() throws Exception {
        String key = apiKey("Big app");
        String big = form("api_key", key, "service_code", "tree", "lat", "52.0907", "long", "5.1214", "description",
                "x".repeat(70_000));
        HttpResponse<String> declared = anyone.post("/open311/v2/requests.json", "application/x-www-form-urlencoded",
                big, Map.of());
        assertEquals(413, declared.statusCode(), declared.body());
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE
                        + "/open311/v2/requests.json")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> streamed = java.net.http.HttpClient.newHttpClient().send(chunked,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, streamed.statusCode(), "a chunked body declares no length: " + streamed.body());
        assertTrue(streamed.body().contains("64 KiB"), streamed.body());
    }

    @Test
    void open311UpdatesComeOldestFirstAPageAtATime() {
        long id = file(citizen, "tree", "Three answers " + UUID.randomUUID(), "");
        for (String note : List.of("First look.", "Crew booked.", "Cleared.")) {
            assertEquals(200, staff.postJson("/api/v1/service-requests/" + id + "/changes", "{\"note\":\"" + note
                    + "\"}", Map.of()).statusCode());
        }
        String path = "/open311/v2/servicerequestupdates.json?service_request_id=" + id + "&page_size=2&page=";
        JsonArray first = Json.array(anyone.get(path + 1).body());
        JsonArray second = Json.array(anyone.get(path + 2).body());
        assertEquals(List.of("First look.", "Crew booked."), first.stream().map(JsonObject.class::cast)
                .map(u -> u.getString("description")).toList());
        assertEquals(List.of("Cleared."), second.stream().map(JsonObject.class::cast)
                .map(u -> u.getString("description")).toList());
        assertEquals(400, anyone.get(path + 0).statusCode(), "pages count from 1");
        assertEquals(400, anyone.get("/open311/v2/servicerequestupdates.json?page_size=x").statusCode());
    }

    private static JsonArray inbox(String address) {
        HttpResponse<String> messages = new PortalClient(TestServers.mailApi()).get("/api/user/" + address + "/messages/");
        return messages.statusCode() == 200 ? Json.array(messages.body()) : JsonValue.EMPTY_JSON_ARRAY;
    }

    @Test
    void aHouseholdsOwnDeviceRaisesNoPublicRequest() {
        String household = org.citiverse.testsupport.Households.create(citizen, "Lamp home");
        HttpResponse<String> twin = admin.postJson("/api/v1/twins", "{\"type\":\"street-light\",\"name\":\"Garden lamp "
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"owner\":\"household:" + household + "\","
                + "\"linkType\":\"L1\",\"location\":{\"latitude\":52.0911,\"longitude\":5.1190}}", Map.of());
        assertEquals(201, twin.statusCode(), twin.body());
        String twinId = Json.object(twin.body()).getString("id");
        Devices.Device lamp = Devices.register(admin, "garden-lamp", "street-light", twinId);
        PortalClient gateway = new PortalClient(BASE)
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
        report(gateway, lamp, "{\"on\":true,\"lampFault\":true,\"power\":0}");
        Eventually.await(Duration.ofSeconds(20), "the fault applied to the twin", () -> Json.object(
                admin.get("/api/v1/twins/" + twinId).body()).getJsonObject("properties")
                .getJsonObject("lampFault").get("value") == JsonValue.TRUE ? true : null);
        assertEquals(null, deviceRequest(twinId), "a home's device would publish the home's name and place");
    }

    @Test
    void anAppsCommentIsListedButNeverTakenForTheCitysAnswer() {
        String key = apiKey("Commenting app");
        long id = file(citizen, "tree", "Branches on the pavement " + UUID.randomUUID(), "");
        staff.postJson("/api/v1/service-requests/" + id + "/changes", "{\"note\":\"On our list.\"}", Map.of());
        HttpResponse<String> comment = anyone.post("/open311/v2/servicerequestupdates.json",
                "application/x-www-form-urlencoded", form("api_key", key, "service_request_id", String.valueOf(id),
                        "status", "OPEN", "description", "Still there this morning."), Map.of());
        assertEquals(200, comment.statusCode(), comment.body());
        assertEquals("On our list.", open311(id).getString("status_notes"), "the city's answer stays its own");
        assertTrue(anyone.get("/open311/v2/servicerequestupdates.json?service_request_id=" + id).body()
                .contains("Still there this morning."));
    }

    private JsonObject deviceRequest(String twinId) {
        JsonArray requests = Json.object(staff.get("/api/v1/service-requests?category=streetlight&pageSize=200")
                .body()).getJsonArray("requests");
        List<JsonObject> mine = requests.stream().map(JsonValue::asJsonObject)
                .filter(r -> twinId.equals(r.getString("twinId", null))).toList();
        assertTrue(mine.size() <= 1, "one request per fault: " + mine);
        return mine.isEmpty() ? null : mine.get(0);
    }

    private static void report(PortalClient gateway, Devices.Device device, String values) {
        String body = "{\"observedAt\":\"" + java.time.Instant.now() + "\",\"values\":" + values + "}";
        assertEquals(202, device.report(gateway, "fault-" + UUID.randomUUID(), "application/json", body).statusCode());
        try {
            Thread.sleep(50); // each report observed after the one before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long file(PortalClient who, String category, String description, String attributes) {
        HttpResponse<String> filed = who.postJson("/api/v1/service-requests", "{\"category\":\"" + category
                + "\",\"description\":\"" + description + "\",\"latitude\":52.0907,\"longitude\":5.1214,"
                + "\"attributes\":{" + attributes + "}}", Map.of());
        assertEquals(201, filed.statusCode(), filed.body());
        return Json.object(filed.body()).getJsonNumber("id").longValue();
    }

    private String apiKey(String app) {
        HttpResponse<String> made = admin.postJson("/api/v1/open311/keys", "{\"name\":\"" + app + " "
                + UUID.randomUUID().toString().substring(0, 6) + "\"}", Map.of());
        assertEquals(201, made.statusCode(), made.body());
        return Json.object(made.body()).getString("key");
    }

    private JsonObject open311(long id) {
        HttpResponse<String> read = anyone.get("/open311/v2/requests/" + id + ".json");
        assertEquals(200, read.statusCode(), read.body());
        return Json.array(read.body()).getJsonObject(0);
    }

    private static List<Long> ids(JsonArray requests) {
        return requests.stream().map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> notes(JsonArray updates) {
        return updates.stream().map(JsonValue::asJsonObject).filter(u -> u.containsKey("note"))
                .map(u -> u.getString("note")).toList();
    }

    private static String form(String... pairs) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return fields.stream().collect(Collectors.joining("&"));
    }
}
