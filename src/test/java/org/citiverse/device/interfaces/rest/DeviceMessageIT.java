package org.citiverse.device.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS device interface end to end on PostgreSQL: REST → JMS ingress queue → MDB → journal,
 * in XA transactions (FGMV-31: more than one interface, lossless, idempotent).
 */
class DeviceMessageIT {

    private static final String BODY = "{\"temperature\":21.5}";

    private final PortalClient gateway = new PortalClient(TestServers.postgres())
            .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
    private final PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");

    @Test
    void aReportTravelsThroughTheQueueIntoTheJournal() {
        String id = newId();
        HttpResponse<String> queued = submit(gateway, id, "door-1", BODY);
        assertEquals(202, queued.statusCode(), queued.body());
        assertEquals("QUEUED", Json.object(queued.body()).getString("status"));
        assertTrue(queued.headers().firstValue("Location").orElseThrow().endsWith("/api/device/messages/" + id));

        JsonObject entry = awaitJournalEntry(id);
        assertEquals("door-1", entry.getString("deviceId"));
        assertEquals("HTTPS", entry.getString("channel"));
        assertEquals(BODY.length(), entry.getInt("bodyBytes"));
    }

    @Test
    void resendingTheSameMessageIdChangesNothing() {
        String id = newId();
        long acceptedBefore = counter("accepted");
        long duplicatesBefore = counter("duplicate");
        assertEquals(202, submit(gateway, id, "door-1", BODY).statusCode());
        String firstReceivedAt = awaitJournalEntry(id).getString("receivedAt");

        assertEquals(202, submit(gateway, id, "door-1", BODY).statusCode(), "a resend is accepted for delivery");
        Eventually.await(Duration.ofSeconds(30), "the duplicate to be recognised",
                () -> counter("duplicate") > duplicatesBefore ? true : null);
        assertEquals(firstReceivedAt, awaitJournalEntry(id).getString("receivedAt"), "the entry is not replaced");
        assertEquals(acceptedBefore + 1, counter("accepted"), "accepted once");
    }

    @Test
    void malformedReportsGetAClearErrorAndAreNotQueued() {
        assertProblem(400, "device-message/MALFORMED_BODY", submit(gateway, newId(), "door-1", "{\"open\":"));
        assertProblem(400, "device-message/MISSING_DEVICE_ID",
                gateway.postJson("/api/device/messages", BODY, Map.of("X-Message-Id", newId())));
        assertProblem(400, "device-message/MISSING_MESSAGE_ID",
                gateway.postJson("/api/device/messages", BODY, Map.of("X-Device-Id", "door-1")));
        assertProblem(400, "device-message/INVALID_DEVICE_ID", submit(gateway, newId(), "door 1;drop", BODY));
        assertProblem(400, "device-message/MISSING_BODY", submit(gateway, newId(), "door-1", ""));
        HttpResponse<String> xml = gateway.post("/api/device/messages", "application/xml", "<open/>",
                Map.of("X-Message-Id", newId(), "X-Device-Id", "door-1"));
        assertEquals(415, xml.statusCode());
    }

    @Test
    void oversizedReportsAreRefusedWith413() {
        String big = "{\"data\":\"" + "x".repeat(70_000) + "\"}";
        String id = newId();
        assertProblem(413, "device-message/TOO_LARGE", submit(gateway, id, "door-1", big));
        assertEquals(404, admin.get("/api/device/messages/" + id).statusCode());
    }

    @Test
    void onlyGatewaysMaySubmitAndOnlyStaffMayRead() {
        PortalClient anonymous = new PortalClient(TestServers.postgres());
        String id = newId();
        assertProblem(401, "authentication-required", submit(anonymous, id, "door-1", BODY));
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        assertProblem(403, "http-403", submit(citizen, id, "door-1", BODY));
        assertEquals(404, admin.get("/api/device/messages/" + id).statusCode(), "nothing was queued");

        assertProblem(401, "authentication-required", anonymous.get("/api/device/messages/dead-letters"));
        assertProblem(403, "http-403", gateway.get("/api/device/messages/dead-letters"));
        assertProblem(403, "http-403", citizen.get("/api/device/messages/" + id));
        assertEquals(200, admin.get("/api/device/messages/dead-letters").statusCode());
        assertEquals(200, new PortalClient(TestServers.postgres()).signIn("staff")
                .get("/api/device/messages/dead-letters").statusCode());
    }

    @Test
    void deadLetterListingRejectsAbsurdLimits() {
        assertProblem(400, "invalid-limit", admin.get("/api/device/messages/dead-letters?limit=0"));
        assertProblem(400, "invalid-limit", admin.get("/api/device/messages/dead-letters?limit=100000"));
        assertProblem(400, "invalid-limit", admin.get("/api/device/messages/dead-letters?limit=abc"));
    }

    private JsonObject awaitJournalEntry(String id) {
        return Eventually.await(Duration.ofSeconds(30), "message " + id + " in the journal", () -> {
            HttpResponse<String> response = admin.get("/api/device/messages/" + id);
            return response.statusCode() == 200 ? Json.object(response.body()) : null;
        });
    }

    private long counter(String outcome) {
        String metrics = new PortalClient(TestServers.postgres()).get("/metrics?scope=application").body();
        Matcher m = Pattern.compile("citiverse_device_ingestion_total\\{[^}]*outcome=\"" + outcome
                + "\"[^}]*} ([0-9.]+)").matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    static HttpResponse<String> submit(PortalClient client, String messageId, String deviceId, String body) {
        return client.postJson("/api/device/messages", body, Map.of("X-Message-Id", messageId,
                "X-Device-Id", deviceId));
    }

    static void assertProblem(int status, String type, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(type, Json.object(response.body()).getString("type"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    static String newId() {
        return "it-" + UUID.randomUUID();
    }
}
