package org.citiverse.complaint.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Staff casework over the real server: giving a request to someone, its priority, the queue's
 * filters by those and by area, moderation of what a reporter wrote, and saved filters — over
 * the API and the queue and request pages; with bad, duplicate and unauthorised input.
 */
class CaseworkIT {

    private static final String BASE = TestServers.postgres();
    private static final String REQUESTS = "/api/v1/service-requests";
    private final PortalClient citizen = new PortalClient(BASE).signIn("citizen");
    private final PortalClient resident = new PortalClient(BASE).signIn("resident");
    private final PortalClient staff = new PortalClient(BASE).signIn("staff");
    private final PortalClient admin = new PortalClient(BASE).signIn("admin");
    private final PortalClient anyone = new PortalClient(BASE);

    @Test
    void staffTakeARequestSetItsPriorityAndFindItByWhoWorksItPriorityAndArea() {
        long id = file("Loose kerb stone " + UUID.randomUUID());
        HttpResponse<String> mine = staff.postJson(REQUESTS + "/" + id + "/assignment",
                "{\"assignee\":\"me\",\"version\":0}", Map.of());
        assertEquals(200, mine.statusCode(), mine.body());
        JsonObject casework = Json.object(mine.body()).getJsonObject("casework");
        String me = casework.getString("assignee");
        assertFalse(casework.getString("assigneeName").isBlank(), casework.toString());
        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/assignment", "{\"assignee\":\"me\"}", Map.of())
                .statusCode(), "theirs already");
        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/assignment", "{\"assignee\":\"nobody-we-know\"}",
                Map.of()).statusCode(), "only staff the back office knows");
        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/assignment", "{\"version\":1}", Map.of())
                .statusCode(), "who is required (null for nobody)");
        assertEquals(409, staff.postJson(REQUESTS + "/" + id + "/priority", "{\"priority\":\"HIGH\",\"version\":0}",
                Map.of()).statusCode(), "changed meanwhile");
        assertTrue(Json.array(staff.get(REQUESTS + "/staff?department=roads").body()).stream()
                .map(JsonObject.class::cast).anyMatch(p -> p.getString("subject").equals(me)), "known to colleagues");

        HttpResponse<String> urgent = staff.postJson(REQUESTS + "/" + id + "/priority", "{\"priority\":\"urgent\"}",
                Map.of());
        assertEquals(200, urgent.statusCode(), urgent.body());
        assertEquals("URGENT", Json.object(urgent.body()).getString("priority"));
        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/priority", "{\"priority\":\"SOON\"}", Map.of())
                .statusCode());
        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/priority", "{\"priority\":\"URGENT\"}", Map.of())
                .statusCode(), "the one it has");
        assertEquals(403, citizen.postJson(REQUESTS + "/" + id + "/priority", "{\"priority\":\"LOW\"}", Map.of())
                .statusCode());
        assertEquals(401, anyone.postJson(REQUESTS + "/" + id + "/assignment", "{\"assignee\":null}", Map.of())
                .statusCode());

        assertTrue(listed("assignee=me&priority=URGENT&area=Binnenstad", id));
        assertFalse(listed("assignee=none", id));
        assertFalse(listed("priority=LOW", id));
        assertFalse(listed("area=Noord", id), "filed in the Binnenstad");
        assertEquals(400, staff.get(REQUESTS + "?area=Atlantis").statusCode());
        assertEquals(400, staff.get(REQUESTS + "?priority=SOON").statusCode());
        assertEquals(400, staff.get(REQUESTS + "?order=RANDOM").statusCode());
        JsonArray byPriority = Json.object(staff.get(REQUESTS + "?status=OPEN&order=PRIORITY&pageSize=1").body())
                .getJsonArray("requests");
        assertEquals("URGENT", byPriority.getJsonObject(0).getString("priority"), "most urgent first");
        HttpResponse<String> export = staff.get(REQUESTS + "/export.csv?assignee=me&priority=URGENT");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.body().lines().anyMatch(l -> l.startsWith("\"" + id + "\",") && l.contains(",\"URGENT\",")),
                export.body());

        HttpResponse<String> nobody = staff.postJson(REQUESTS + "/" + id + "/assignment", "{\"assignee\":null}",
                Map.of());
        assertEquals(200, nobody.statusCode(), nobody.body());
        assertTrue(listed("assignee=none&priority=URGENT", id));
        List<String> internal = Json.array(staff.get(REQUESTS + "/" + id + "/updates").body()).stream()
                .map(JsonObject.class::cast).filter(u -> u.getBoolean("internal")).map(u -> u.getString("note")).toList();
        assertTrue(internal.stream().anyMatch(n -> n.startsWith("Assigned to")) && internal.contains("No longer assigned.")
                && internal.stream().anyMatch(n -> n.contains("urgent")), internal.toString());
        assertTrue(Json.array(citizen.get(REQUESTS + "/" + id + "/updates").body()).isEmpty(), "casework stays inside");
        assertFalse(Json.object(citizen.get(REQUESTS + "/" + id).body()).containsKey("casework"));
        String audit = staff.get("/api/audit?object=" + id).body();
        assertTrue(audit.contains("complaint.request-assigned") && audit.contains("complaint.request-prioritised"), audit);
    }

    @Test
    void moderationEditsOrHidesTheDescriptionKeepsTheReportersWordsAndEscapesMarkup() {
        String original = "Bins overflowing, call Jan at 0612345678 " + UUID.randomUUID();
        long id = file(original);
        String edited = "Bins overflowing <script>alert(1)</script> " + UUID.randomUUID();
        HttpResponse<String> moderated = staff.postJson(REQUESTS + "/" + id + "/moderation",
                body(Map.of("description", edited, "hidden", false)), Map.of());
        assertEquals(200, moderated.statusCode(), moderated.body());
        assertEquals(original, Json.object(moderated.body()).getJsonObject("casework").getString("originalDescription"));
        assertEquals(edited, open311(id).getString("description"));
        assertEquals(edited, Json.object(resident.get(REQUESTS + "/" + id).body()).getString("description"));
        String page = anyone.get("/request.xhtml?id=" + id).body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script>alert(1)"),
                "always shown as text");
        assertFalse(page.contains("0612345678"));

        assertEquals(200, staff.postJson(REQUESTS + "/" + id + "/moderation", "{\"hidden\":true}", Map.of())
                .statusCode());
        assertEquals("", text(open311(id), "description"), "hidden from apps");
        assertEquals("", text(Json.object(resident.get(REQUESTS + "/" + id).body()), "description"),
                "hidden from the public");
        assertEquals(edited, Json.object(citizen.get(REQUESTS + "/" + id).body()).getString("description"),
                "its reporter still reads it");
        assertFalse(anyone.get("/request.xhtml?id=" + id).body().contains("Bins overflowing"));
        JsonObject forStaff = Json.object(staff.get(REQUESTS + "/" + id).body());
        assertTrue(forStaff.getJsonObject("casework").getBoolean("descriptionHidden"));
        assertEquals(original, forStaff.getJsonObject("casework").getString("originalDescription"), "kept");

        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/moderation", "{\"hidden\":true}", Map.of())
                .statusCode(), "nothing changes");
        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/moderation", "{\"hidden\":\"yes\"}", Map.of())
                .statusCode());
        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/moderation", "{\"description\":\""
                + "x".repeat(4001) + "\",\"hidden\":true}", Map.of()).statusCode(), "too long");
        assertEquals(400, staff.postJson(REQUESTS + "/" + id + "/moderation", "{\"hidden\":true,\"extra\":1}",
                Map.of()).statusCode());
        assertEquals(403, citizen.postJson(REQUESTS + "/" + id + "/moderation", "{\"hidden\":false}", Map.of())
                .statusCode(), "reporters do not moderate");
        assertTrue(staff.get("/api/audit?object=" + id).body().contains("complaint.request-moderated"));
    }

    @Test
    void staffSaveNameAndRemoveTheirOwnQueueFilters() {
        String name = "Urgent centre " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> saved = staff.postJson(REQUESTS + "/saved-filters", body(Map.of("name", name,
                "query", "status=open&priority=URGENT")), Map.of());
        assertEquals(201, saved.statusCode(), saved.body());
        HttpResponse<String> replaced = staff.postJson(REQUESTS + "/saved-filters", body(Map.of("name", name,
                "query", "?status=open&priority=URGENT&area=Binnenstad")), Map.of());
        assertEquals(201, replaced.statusCode(), replaced.body());
        List<JsonObject> mine = Json.array(staff.get(REQUESTS + "/saved-filters").body()).stream()
                .map(JsonObject.class::cast).filter(f -> f.getString("name").equals(name)).toList();
        assertEquals(1, mine.size(), "the same name replaces it");
        assertEquals("status=open&priority=URGENT&area=Binnenstad", mine.get(0).getString("query"));
        String filterId = mine.get(0).getString("id");
        assertFalse(admin.get(REQUESTS + "/saved-filters").body().contains(name), "one's own only");
        assertEquals(404, admin.send("DELETE", REQUESTS + "/saved-filters/" + filterId, null).statusCode());

        String page = staff.get("/staff/requests.xhtml").body();
        assertTrue(page.contains(">" + name + "</a>") && page.contains("status=open&amp;priority=URGENT&amp;area=Binnenstad"),
                "a link above the queue");

        assertEquals(400, save("{\"name\":\"Bad\",\"query\":\"evil=1\"}"), "only the queue's parameters");
        assertEquals(400, save("{\"name\":\"\",\"query\":\"status=open\"}"));
        assertEquals(400, save("{\"name\":\"Long\",\"query\":\"status=" + "o".repeat(1000) + "\"}"));
        assertEquals(400, save("{\"name\":\"Spaces\",\"query\":\"status=open status\"}"));
        assertEquals(400, save("[]"));
        assertEquals(403, citizen.get(REQUESTS + "/saved-filters").statusCode());

        assertEquals(204, staff.send("DELETE", REQUESTS + "/saved-filters/" + filterId, null).statusCode());
        assertEquals(404, staff.send("DELETE", REQUESTS + "/saved-filters/" + filterId, null).statusCode());
        assertEquals(404, staff.send("DELETE", REQUESTS + "/saved-filters/not-a-uuid", null).statusCode());
    }

    @Test
    void theQueueAndRequestPagesFilterTakeAndPrioritiseAndSaveFilters() {
        long id = file("Sunken paving " + UUID.randomUUID());
        String casework = staff.get("/staff/request.xhtml?id=" + id).body();
        HttpResponse<String> taken = staff.follow(staff.submit(casework, "triage", "Save",
                Map.of("assignee", subjectOf(casework), "priority", "HIGH")));
        assertEquals(200, taken.statusCode());
        JsonObject after = Json.object(staff.get(REQUESTS + "/" + id).body());
        assertEquals("HIGH", after.getString("priority"));
        assertEquals(subjectOf(casework), after.getJsonObject("casework").getString("assignee"));

        String again = staff.get("/staff/request.xhtml?id=" + id).body();
        String refused = staff.submit(again, "triage", "Save", Map.of("assignee", subjectOf(again), "priority", "HIGH"))
                .body();
        assertTrue(refused.contains("id=\"assignee-error\""), "nothing to change is said next to the field");

        String queue = staff.get("/staff/requests.xhtml?assignee=me&priority=HIGH&area=Binnenstad").body();
        assertTrue(queue.contains("request.xhtml?id=" + id + "\""), "found by the page's filters");
        assertEquals(200, staff.postJson(REQUESTS + "/" + id + "/changes", "{\"status\":\"IN_PROGRESS\"}", Map.of())
                .statusCode());
        assertTrue(staff.get("/staff/requests.xhtml?status=open&assignee=me&area=Binnenstad").body()
                .contains("request.xhtml?id=" + id + "\""), "still open: every open status, not only OPEN");
        assertFalse(staff.get("/staff/requests.xhtml?status=OPEN&assignee=me").body()
                .contains("request.xhtml?id=" + id + "\""), "the status OPEN alone");
        assertFalse(staff.get("/staff/requests.xhtml?assignee=none&priority=HIGH").body()
                .contains("request.xhtml?id=" + id + "\""));
        String name = "Mine high " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> saved = staff.follow(staff.submit(queue, "saveFilter", "Save filters",
                Map.of("filterName", name)));
        assertTrue(saved.body().contains(">" + name + "</a>"), "listed as a link");
        assertTrue(saved.body().contains("assignee=me&amp;priority=HIGH&amp;area=Binnenstad"));
        String tooLong = staff.submit(queue, "saveFilter", "Save filters", Map.of("filterName", "n".repeat(61))).body();
        assertTrue(tooLong.contains("id=\"filterName-error\""));
    }

    /** The signed-in staff member's own option in the assignee list ("Me"). */
    private static String subjectOf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option value=\"([^\"]+)\"[^>]*>Me</option>")
                .matcher(page);
        assertTrue(m.find(), "the page offers Me");
        return m.group(1);
    }

    private int save(String body) {
        return staff.postJson(REQUESTS + "/saved-filters", body, Map.of()).statusCode();
    }

    private boolean listed(String filter, long id) {
        HttpResponse<String> found = staff.get(REQUESTS + "?pageSize=200&" + filter);
        assertEquals(200, found.statusCode(), found.body());
        return Json.object(found.body()).getJsonArray("requests").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id);
    }

    private long file(String description) {
        HttpResponse<String> filed = citizen.postJson(REQUESTS, body(Map.of("category", "pothole",
                "description", description, "latitude", 52.0907, "longitude", 5.1214,
                "attributes", Map.of("size", "small"))), Map.of());
        assertEquals(201, filed.statusCode(), filed.body());
        return Json.object(filed.body()).getJsonNumber("id").longValue();
    }

    private static String text(JsonObject json, String key) {
        return json.containsKey(key) && !json.isNull(key) ? json.getString(key) : "";
    }

    private static String body(Map<String, Object> fields) {
        return jakarta.json.Json.createObjectBuilder(fields).build().toString();
    }

    private JsonObject open311(long id) {
        return Json.array(anyone.get("/open311/v2/requests/" + id + ".json").body()).getJsonObject(0);
    }
}
