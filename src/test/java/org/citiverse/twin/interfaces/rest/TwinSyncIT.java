package org.citiverse.twin.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Priority-scheduled sync (REQ-DT-08, FGMV-28 7.1.3) with real concurrent callers: one request
 * runs at a time, a lower priority than the running one is refused, the rest wait highest first,
 * and only the running request receives the device's answer.
 */
class TwinSyncIT {

    /** Yesterday (UTC) as the date part of an instant: recent enough for the history's retention, never in the future. */
    private static final String DAY = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "T";

    private static PortalClient admin;
    private static PortalClient staff;
    private static PortalClient gateway;
    private static List<PortalClient> owners;
    private static String household;

    @BeforeAll
    static void people() {
        admin = new PortalClient(TestServers.postgres()).signIn("admin");
        staff = new PortalClient(TestServers.postgres()).signIn("staff");
        gateway = new PortalClient(TestServers.postgres())
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        household = org.citiverse.testsupport.Households.create(citizen, "Sync home");
        owners = List.of(citizen, new PortalClient(TestServers.postgres()).signIn("citizen"));
    }

    /** A lock the household owns, roads staff may operate and the gateway reports on. */
    private static String lock() {
        HttpResponse<String> created = admin.postJson("/api/v1/twins", "{\"type\":\"lock\",\"name\":\"Gate lock\","
                + "\"owner\":\"household:" + household + "\",\"linkType\":\"L2\",\"properties\":{\"locked\":\"BOOLEAN\"},"
                + "\"actions\":[\"unlock\"]}", Map.of());
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.object(created.body()).getString("id");
        for (String principal : new String[] {"department:roads", "role:device-gateway"}) {
            assertEquals(201, admin.postJson("/api/v1/twins/" + id + "/grants", "{\"principal\":\"" + principal
                    + "\",\"permission\":\"OPERATE\"}", Map.of()).statusCode());
        }
        return id;
    }

    private record Answer(String who, int priority, int status, JsonObject body) {
    }

    @Test
    void concurrentRequestsRunOneAtATimeHighestPriorityFirst() throws Exception {
        String lock = lock();
        // admin 100, the two owner sessions 50, roads staff 30: all at the same moment.
        List<Object[]> callers = List.of(new Object[] {"admin", 100, admin}, new Object[] {"owner-1", 50, owners.get(0)},
                new Object[] {"owner-2", 50, owners.get(1)}, new Object[] {"staff", 30, staff});
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        List<Future<Answer>> futures = new ArrayList<>();
        for (Object[] c : callers) {
            futures.add(pool.submit(() -> {
                go.await();
                HttpResponse<String> r = ((PortalClient) c[2]).postJson("/api/v1/twins/" + lock + "/sync", "{}", Map.of());
                return new Answer((String) c[0], (Integer) c[1], r.statusCode(), Json.object(r.body()));
            }));
        }
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : futures) {
            answers.add(f.get());
        }
        pool.shutdown();

        List<Answer> running = answers.stream().filter(a -> a.status == 202
                && "RUNNING".equals(a.body.getString("status"))).toList();
        assertEquals(1, running.size(), "exactly one runs: " + answers);
        int runningPriority = running.get(0).priority;
        for (Answer a : answers) {
            if (a == running.get(0)) {
                continue;
            }
            if (a.priority < runningPriority) {
                assertEquals(409, a.status, a.who + " is below the running request: " + a);
                assertEquals("twin/sync-refused", a.body.getString("type"));
                assertTrue(a.body.getString("detail").contains("higher-priority request is running"));
            } else {
                assertEquals(202, a.status, a.toString());
                assertEquals("QUEUED", a.body.getString("status"), a.toString());
            }
        }

        // The device answers: only the running request succeeds; the highest waiting one runs next.
        assertEquals(200, gateway.send("PUT", "/api/v1/twins/" + lock + "/state",
                "{\"observedAt\":\"" + DAY + "12:00:00Z\",\"values\":{\"locked\":true}}").statusCode());
        List<String> after = new ArrayList<>();
        for (Answer a : answers) {
            if (a.status == 202) {
                JsonObject now = Json.object(admin.get("/api/v1/twins/" + lock + "/sync/"
                        + a.body.getString("requestId")).body());
                after.add(a.who + "=" + now.getString("status"));
            }
        }
        assertEquals(1, after.stream().filter(s -> s.endsWith("=SUCCEEDED")).count(), after.toString());
        assertTrue(after.contains(running.get(0).who + "=SUCCEEDED"), after.toString());
        if (!running.get(0).who.equals("admin") && answers.stream().anyMatch(a -> a.who.equals("admin") && a.status == 202)) {
            assertTrue(after.contains("admin=RUNNING"), "the highest waiting runs next: " + after);
        }
    }

    @Test
    void aLowerPriorityIsToldAHigherOneIsRunningAndViewersMayNotAsk() {
        String lock = lock();
        HttpResponse<String> first = admin.postJson("/api/v1/twins/" + lock + "/sync", "{}", Map.of());
        assertEquals("RUNNING", Json.object(first.body()).getString("status"));
        assertTrue(PortalClient.location(first).contains("/sync/"));
        HttpResponse<String> owner = owners.get(0).postJson("/api/v1/twins/" + lock + "/sync", "{}", Map.of());
        assertEquals(409, owner.statusCode(), owner.body());
        assertEquals(409, staff.postJson("/api/v1/twins/" + lock + "/sync", "{}", Map.of()).statusCode());

        HttpResponse<String> viewOnly = admin.postJson("/api/v1/twins", "{\"type\":\"lamp\",\"name\":\"Porch lamp\","
                + "\"owner\":\"department:parks\",\"linkType\":\"L2\"}", Map.of());
        String lamp = Json.object(viewOnly.body()).getString("id");
        admin.postJson("/api/v1/twins/" + lamp + "/grants", "{\"principal\":\"department:lighting\",\"permission\":\"VIEW\"}",
                Map.of());
        assertEquals(200, staff.get("/api/v1/twins/" + lamp).statusCode());
        assertEquals(403, staff.postJson("/api/v1/twins/" + lamp + "/sync", "{}", Map.of()).statusCode(),
                "seeing is not operating");
        assertEquals(404, staff.get("/api/v1/twins/" + lamp + "/sync/" + UUID.randomUUID()).statusCode());
        assertEquals(404, staff.get("/api/v1/twins/" + lamp + "/sync/not-an-id").statusCode());
    }

    @Test
    void aLinkedTwinIsAskedPeriodicallyAndItsReportAnswersTheSchedule() {
        HttpResponse<String> created = admin.postJson("/api/v1/twins", "{\"type\":\"water-level-sensor\","
                + "\"name\":\"Canal gauge\",\"owner\":\"department:roads\",\"linkType\":\"L1\","
                + "\"properties\":{\"level\":\"NUMBER\"},\"syncEvery\":\"PT10S\"}", Map.of());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject gauge = Json.object(created.body());
        assertEquals("PT10S", gauge.getString("syncEvery"));
        String id = gauge.getString("id");
        assertEquals(201, admin.postJson("/api/v1/twins/" + id + "/grants",
                "{\"principal\":\"role:device-gateway\",\"permission\":\"VIEW\"}", Map.of()).statusCode());

        // Nobody asks: the schedule does, once the interval has passed (REQ-DT-07 "periodically").
        JsonObject scheduled = org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(40),
                "a periodic sync request", () -> Json.array(staff.get("/api/v1/twins/" + id + "/sync").body())
                        .getValuesAs(JsonObject.class).stream().filter(r -> r.getBoolean("scheduled")).findFirst()
                        .orElse(null));
        assertEquals("RUNNING", scheduled.getString("status"));
        assertEquals(10, scheduled.getInt("priority"), "the schedule's own priority (twin.sync.priorities)");

        // A person's request while the schedule's runs waits its turn: people are above the schedule.
        HttpResponse<String> person = staff.postJson("/api/v1/twins/" + id + "/sync", "{}", Map.of());
        assertEquals(202, person.statusCode(), person.body());
        assertEquals("QUEUED", Json.object(person.body()).getString("status"));

        assertEquals(200, gateway.send("PUT", "/api/v1/twins/" + id + "/state", "{\"observedAt\":\""
                + java.time.Instant.now().minusSeconds(1) + "\",\"values\":{\"level\":1.25}}").statusCode());
        assertEquals("SUCCEEDED", Json.object(staff.get("/api/v1/twins/" + id + "/sync/"
                + scheduled.getString("requestId")).body()).getString("status"));
        assertEquals("RUNNING", Json.object(staff.get("/api/v1/twins/" + id + "/sync/"
                + Json.object(person.body()).getString("requestId")).body()).getString("status"), "then the person's");

        assertEquals(200, admin.send("PUT", "/api/v1/twins/" + id, "{\"syncEvery\":null}").statusCode());
        assertTrue(Json.object(admin.get("/api/v1/twins/" + id).body()).isNull("syncEvery"), "on request only again");
    }

    @Test
    void aTwinWithoutPhysicalObjectCannotSyncAndIntervalsAreBounded() {
        HttpResponse<String> created = admin.postJson("/api/v1/twins", "{\"type\":\"parcel\",\"name\":\"Parcel 12\","
                + "\"owner\":\"department:permits\",\"linkType\":\"NL\"}", Map.of());
        String parcel = Json.object(created.body()).getString("id");
        HttpResponse<String> sync = admin.postJson("/api/v1/twins/" + parcel + "/sync", "{}", Map.of());
        assertEquals(409, sync.statusCode(), sync.body());
        assertEquals("twin/not-linked", Json.object(sync.body()).getString("type"));
        assertEquals(409, admin.send("PUT", "/api/v1/twins/" + parcel, "{\"syncEvery\":\"PT1H\"}").statusCode());
        String lock = lock();
        for (String bad : new String[] {"\"PT5S\"", "\"P40D\"", "\"every hour\"", "12"}) {
            HttpResponse<String> r = admin.send("PUT", "/api/v1/twins/" + lock, "{\"syncEvery\":" + bad + "}");
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
        }
    }
}
