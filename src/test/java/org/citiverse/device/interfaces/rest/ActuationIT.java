package org.citiverse.device.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actuation (FGMV-31 L2) on PostgreSQL, through the real queue: a household member has the lock
 * of their home's door unlock; the command waits while the lock is offline, goes out when it
 * reports, and ends by the lock's signed answer or its expiry (the test server: 6 s). Only the
 * first answer counts; forged, foreign and malformed answers are refused; only those who may
 * operate the twin may command it, and only actions the twin declares.
 */
class ActuationIT {

    private static PortalClient admin;
    private static PortalClient citizen;
    private static PortalClient other;
    private static PortalClient gateway;
    private static String household;

    @BeforeAll
    static void people() {
        admin = new PortalClient(TestServers.postgres()).signIn("admin");
        citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        other = new PortalClient(TestServers.postgres()).signIn("resident");
        gateway = new PortalClient(TestServers.postgres())
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
        household = org.citiverse.testsupport.Households.create(citizen, "Lock home");
    }

    private record Lock(String twin, Devices.Device device) {
    }

    /** The household's door lock (L2, action unlock) and the device registered for it. */
    private static Lock lock() {
        String twin = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"lock\",\"name\":\"Door lock\",\"owner\":"
                + "\"household:" + household + "\",\"linkType\":\"L2\",\"properties\":{\"locked\":\"BOOLEAN\"},"
                + "\"actions\":[\"unlock\",\"lock\"]}", Map.of()).body()).getString("id");
        return new Lock(twin, Devices.register(admin, "lock", "lock", twin));
    }

    private static JsonObject issue(PortalClient who, String twin, String action) {
        HttpResponse<String> response = who.postJson("/api/v1/commands", "{\"twin\":\"" + twin + "\",\"action\":\""
                + action + "\",\"parameters\":{\"seconds\":5}}", Map.of());
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(PortalClient.location(response).contains("/api/v1/commands/"));
        return Json.object(response.body());
    }

    private static HttpResponse<String> answer(Devices.Device device, String commandId, String outcome) {
        String body = "{\"correlationId\":\"" + commandId + "\",\"outcome\":\"" + outcome + "\",\"detail\":\"motor "
                + outcome + "\"}";
        return gateway.post("/api/device/acks", "application/json", body, Map.of("X-Device-Id", device.id(),
                "X-Signature", device.sign(commandId, "application/json", body)));
    }

    private static String status(String commandId) {
        return Json.object(citizen.get("/api/v1/commands/" + commandId).body()).getString("status");
    }

    @Test
    void aCommandWaitsForItsOfflineDeviceGoesOutWhenItReportsAndEndsByItsAnswer() {
        Lock lock = lock();
        JsonObject command = issue(citizen, lock.twin(), "unlock");
        String id = command.getString("commandId");
        assertEquals("PENDING", command.getString("status"), "the lock has not reported yet: offline");

        assertEquals(202, lock.device().report(gateway, "lock-report-" + UUID.randomUUID(), "application/json",
                "{\"locked\":true}").statusCode());
        Eventually.await(Duration.ofSeconds(5), "the waiting command to go out", () ->
                "SENT".equals(status(id)) ? true : null);

        HttpResponse<String> acked = answer(lock.device(), id, "ok");
        assertEquals(200, acked.statusCode(), acked.body());
        assertEquals("ACKED", Json.object(acked.body()).getString("status"));
        HttpResponse<String> second = answer(lock.device(), id, "failed");
        assertEquals(200, second.statusCode(), second.body());
        assertEquals("ACKED", Json.object(second.body()).getString("status"), "only the first answer counts");
        assertEquals("ACKED", status(id));

        // Online now: the next command goes out at once, and a failure is reported as such.
        JsonObject next = issue(citizen, lock.twin(), "lock");
        assertEquals("SENT", next.getString("status"));
        JsonObject failed = Json.object(answer(lock.device(), next.getString("commandId"), "failed").body());
        assertEquals("FAILED", failed.getString("status"));
        assertEquals("motor failed", failed.getString("detail"));
    }

    @Test
    void aCommandNobodyAnswersTimesOutAndALateAnswerChangesNothing() {
        Lock lock = lock();
        lock.device().report(gateway, "lock-report-" + UUID.randomUUID(), "application/json", "{\"locked\":true}");
        Eventually.await(Duration.ofSeconds(10), "the lock to be seen", () -> Json.object(admin.get("/api/v1/devices/"
                + lock.device().id()).body()).getBoolean("online") ? true : null);
        String id = issue(citizen, lock.twin(), "unlock").getString("commandId");
        Eventually.await(Duration.ofSeconds(15), "the command to time out", () ->
                "TIMED_OUT".equals(status(id)) ? true : null);
        assertEquals("TIMED_OUT", Json.object(answer(lock.device(), id, "ok").body()).getString("status"));
    }

    @Test
    void onlyOperatorsCommandOnlyDeclaredActionsAndOnlyTheDeviceAnswers() {
        Lock lock = lock();
        String id = issue(citizen, lock.twin(), "unlock").getString("commandId");

        HttpResponse<String> undeclared = citizen.postJson("/api/v1/commands", "{\"twin\":\"" + lock.twin()
                + "\",\"action\":\"explode\"}", Map.of());
        assertEquals(400, undeclared.statusCode(), undeclared.body());
        assertEquals("twin/action-unknown", Json.object(undeclared.body()).getString("type"));
        assertEquals(404, other.postJson("/api/v1/commands", "{\"twin\":\"" + lock.twin() + "\",\"action\":\"unlock\"}",
                Map.of()).statusCode(), "another household's lock does not exist for them");
        assertEquals(404, other.get("/api/v1/commands/" + id).statusCode());
        assertEquals(404, citizen.get("/api/v1/commands/not-a-command").statusCode());
        for (String bad : new String[] {"{\"twin\":\"" + lock.twin() + "\"}", "{\"twin\":1,\"action\":\"unlock\"}",
                "{\"twin\":\"" + lock.twin() + "\",\"action\":\"unlock\",\"parameters\":[]}",
                "{\"twin\":\"" + lock.twin() + "\",\"action\":\"unlock\",\"parameters\":{\"x\":\"" + "y".repeat(2100) + "\"}}",
                "[]"}) {
            assertEquals(400, citizen.postJson("/api/v1/commands", bad, Map.of()).statusCode(), bad);
        }
        String sensor = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"lock\",\"name\":\"Spare lock\",\"owner\":"
                + "\"household:" + household + "\",\"linkType\":\"L2\",\"actions\":[\"unlock\"]}", Map.of()).body())
                .getString("id");
        HttpResponse<String> noDevice = citizen.postJson("/api/v1/commands", "{\"twin\":\"" + sensor
                + "\",\"action\":\"unlock\"}", Map.of());
        assertEquals(409, noDevice.statusCode(), noDevice.body());

        // A one-way (L1) twin has no actions; seeing a lock is not operating it.
        String gauge = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"water-level-sensor\",\"name\":"
                + "\"Cellar gauge\",\"owner\":\"household:" + household + "\",\"linkType\":\"L1\",\"properties\":"
                + "{\"level\":\"NUMBER\"}}", Map.of()).body()).getString("id");
        HttpResponse<String> noActions = citizen.postJson("/api/v1/commands", "{\"twin\":\"" + gauge
                + "\",\"action\":\"unlock\"}", Map.of());
        assertEquals(400, noActions.statusCode(), noActions.body());
        assertEquals("twin/action-unknown", Json.object(noActions.body()).getString("type"));
        String gate = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"lock\",\"name\":\"Courtyard gate\","
                + "\"owner\":\"department:parks\",\"linkType\":\"L2\",\"actions\":[\"unlock\"]}", Map.of()).body())
                .getString("id");
        Devices.register(admin, "gate", "lock", gate);
        assertEquals(201, admin.postJson("/api/v1/twins/" + gate + "/grants", "{\"principal\":\"household:" + household
                + "\",\"permission\":\"VIEW\"}", Map.of()).statusCode());
        assertEquals(200, citizen.get("/api/v1/twins/" + gate).statusCode());
        HttpResponse<String> viewer = citizen.postJson("/api/v1/commands", "{\"twin\":\"" + gate
                + "\",\"action\":\"unlock\"}", Map.of());
        assertEquals(403, viewer.statusCode(), viewer.body());

        // Answers: forged, from another device, for no command, malformed. Each refusal is counted.
        long forgedBefore = DeviceMessageIT.metric("citiverse_device_rejected_total", "reason", "bad_signature");
        long strayBefore = DeviceMessageIT.metric("citiverse_device_rejected_total", "reason", "unknown_command");
        long malformedBefore = DeviceMessageIT.metric("citiverse_device_rejected_total", "reason", "unconvertible");
        Devices.Device stranger = Devices.register(admin, "lock", "lock", null);
        String body = "{\"correlationId\":\"" + id + "\",\"outcome\":\"ok\"}";
        assertEquals(403, gateway.post("/api/device/acks", "application/json", body, Map.of("X-Device-Id",
                lock.device().id(), "X-Signature", stranger.sign(id, "application/json", body))).statusCode());
        assertEquals(404, answer(stranger, id, "ok").statusCode(), "not this device's command");
        assertEquals(404, answer(lock.device(), UUID.randomUUID().toString(), "ok").statusCode());
        String malformed = "{\"correlationId\":\"" + id + "\",\"outcome\":\"maybe\"}";
        assertEquals(400, gateway.post("/api/device/acks", "application/json", malformed, Map.of("X-Device-Id",
                lock.device().id(), "X-Signature", lock.device().sign(id, "application/json", malformed))).statusCode());
        assertEquals(403, citizen.post("/api/device/acks", "application/json", body, Map.of()).statusCode());
        assertEquals("PENDING", status(id), "nothing above decided the command");
        assertTrue(DeviceMessageIT.metric("citiverse_device_rejected_total", "reason", "bad_signature") > forgedBefore);
        assertTrue(DeviceMessageIT.metric("citiverse_device_rejected_total", "reason", "unknown_command")
                >= strayBefore + 2, "the other device's and the unknown command's answers");
        assertTrue(DeviceMessageIT.metric("citiverse_device_rejected_total", "reason", "unconvertible") > malformedBefore);
    }

    @Test
    void anUnansweredCommandTimesOutByItselfSoItsRequesterIsTold() throws Exception {
        Lock lock = lock();
        JsonObject command = issue(citizen, lock.twin(), "unlock");
        java.time.Instant expires = java.time.Instant.parse(command.getString("expiresAt"));
        Thread.sleep(java.time.Duration.between(java.time.Instant.now(), expires).toMillis() + 4_000);
        JsonObject later = Json.object(citizen.get("/api/v1/commands/" + command.getString("commandId")).body());
        assertEquals("TIMED_OUT", later.getString("status"));
        assertTrue(java.time.Instant.parse(later.getString("finishedAt")).isBefore(expires.plusSeconds(3)),
                "timed out by the sweep (every second here) at " + later.getString("finishedAt")
                        + ", not when read");
    }
}
