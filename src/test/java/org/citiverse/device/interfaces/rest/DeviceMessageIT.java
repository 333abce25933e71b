package org.citiverse.device.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS device interface end to end on PostgreSQL: REST → JMS ingress queue → MDB → journal
 * and the device's twin, in XA transactions (FGMV-31: more than one interface, authenticated,
 * converted, lossless, idempotent).
 */
class DeviceMessageIT {

    private static final String BODY = "{\"temperature\":21.5}";
    private static final String DAY = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "T";

    private static final PortalClient gateway = new PortalClient(TestServers.postgres())
            .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
    private static final PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
    private static final PortalClient staff = new PortalClient(TestServers.postgres()).signIn("staff");
    /** A registered device without a twin: its reports are journaled only. */
    private static final Devices.Device door = Devices.register(staff, "door", "door", null);

    @Test
    void aReportTravelsThroughTheQueueIntoTheJournal() {
        String id = newId();
        HttpResponse<String> queued = submit(gateway, id, door.id(), BODY);
        assertEquals(202, queued.statusCode(), queued.body());
        assertEquals("QUEUED", Json.object(queued.body()).getString("status"));
        assertTrue(queued.headers().firstValue("Location").orElseThrow().endsWith("/api/device/messages/" + id));

        JsonObject entry = awaitJournalEntry(id);
        assertEquals(door.id(), entry.getString("deviceId"));
        assertEquals("HTTPS", entry.getString("channel"));
        assertEquals(BODY.length(), entry.getInt("bodyBytes"));
    }

    @Test
    void resendingTheSameMessageIdChangesNothing() {
        String id = newId();
        long acceptedBefore = counter("accepted");
        long duplicatesBefore = counter("duplicate");
        assertEquals(202, submit(gateway, id, door.id(), BODY).statusCode());
        String firstReceivedAt = awaitJournalEntry(id).getString("receivedAt");

        assertEquals(202, submit(gateway, id, door.id(), BODY).statusCode(), "a resend is accepted for delivery");
        Eventually.await(Duration.ofSeconds(30), "the duplicate to be recognised",
                () -> counter("duplicate") > duplicatesBefore ? true : null);
        assertEquals(firstReceivedAt, awaitJournalEntry(id).getString("receivedAt"), "the entry is not replaced");
        assertEquals(acceptedBefore + 1, counter("accepted"), "accepted once");
    }

    @Test
    void malformedReportsGetAClearErrorAndAreNotQueued() {
        assertProblem(400, "device-message/MALFORMED_BODY", submit(gateway, newId(), door.id(), "{\"open\":"));
        assertProblem(400, "device-message/MISSING_DEVICE_ID",
                gateway.postJson("/api/device/messages", BODY, Map.of("X-Message-Id", newId())));
        assertProblem(400, "device-message/MISSING_MESSAGE_ID",
                gateway.postJson("/api/device/messages", BODY, Map.of("X-Device-Id", door.id())));
        assertProblem(400, "device-message/INVALID_DEVICE_ID", submit(gateway, newId(), "door 1;drop", BODY));
        assertProblem(400, "device-message/MISSING_BODY", submit(gateway, newId(), door.id(), ""));
        assertProblem(415, "device-message/UNSUPPORTED_CONTENT_TYPE", gateway.post("/api/device/messages",
                "application/xml", "<open/>", Map.of("X-Message-Id", newId(), "X-Device-Id", door.id())));
    }

    /**
     * Issue 5's bad input, each kind once: refused at once over HTTPS, or dead-lettered by the pipeline
     * with its reason; nothing crashes a batch, and every refusal is counted by its reason.
     */
    @Test
    void everyKindOfBadInputIsRefusedAndCountedByItsReason() {
        Map<String, Long> before = new java.util.HashMap<>();
        for (String reason : new String[] {"malformed_body", "unsupported_content_type", "too_large", "unknown_device",
                "bad_signature", "number_out_of_range", "observed_in_future", "observed_too_long_ago", "unconvertible"}) {
            before.put(reason, metric("citiverse_device_rejected_total", "reason", reason));
        }
        assertProblem(400, "device-message/MALFORMED_BODY", submit(gateway, newId(), door.id(), "{\"t\":NaN}"));
        assertProblem(415, "device-message/UNSUPPORTED_CONTENT_TYPE", door.report(gateway, newId(), "text/csv", "t,1"));
        assertProblem(413, "device-message/TOO_LARGE", submit(gateway, newId(), door.id(), "[" + "1,".repeat(40_000) + "1]"));
        assertProblem(403, "device-message/UNKNOWN_DEVICE", submit(gateway, newId(), "ghost-" + UUID.randomUUID(), BODY));
        String id = newId();
        assertProblem(403, "device-message/BAD_SIGNATURE", gateway.postJson("/api/device/messages", BODY, Map.of(
                "X-Message-Id", id, "X-Device-Id", door.id(), "X-Signature", door.sign(id, "application/json", "{}"))));

        String year = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue() + 1);
        Map<String, String[]> refusedLater = new java.util.LinkedHashMap<>();
        refusedLater.put(newId(), new String[] {"application/json", "{\"t\":1e400}", "NUMBER_OUT_OF_RANGE"});
        refusedLater.put(newId(), new String[] {"application/senml+json",
                "[{\"bv\":1.7e308,\"n\":\"t\",\"v\":1.7e308}]", "NUMBER_OUT_OF_RANGE"});
        refusedLater.put(newId(), new String[] {"application/json",
                "{\"observedAt\":\"" + year + "-01-01T00:00:00Z\",\"values\":{\"t\":1}}", "OBSERVED_IN_FUTURE"});
        refusedLater.put(newId(), new String[] {"application/json",
                "{\"observedAt\":\"+999999999-12-31T23:59:59Z\",\"values\":{\"t\":1}}", "OBSERVED_IN_FUTURE"});
        refusedLater.put(newId(), new String[] {"application/json",
                "{\"observedAt\":\"1970-01-01T00:00:00Z\",\"values\":{\"t\":1}}", "OBSERVED_TOO_LONG_AGO"});
        refusedLater.put(newId(), new String[] {"application/senml+json", "[{\"n\":\"t\"}]", "UNCONVERTIBLE"});
        refusedLater.forEach((messageId, m) -> assertEquals(202, door.report(gateway, messageId, m[0], m[1]).statusCode()));
        String good = newId();
        assertEquals(202, submit(gateway, good, door.id(), BODY).statusCode());

        refusedLater.forEach((messageId, m) -> {
            JsonObject letter = deadLetter(staff, messageId);
            assertEquals(m[2], letter.getString("reason"), letter.toString());
            assertEquals(m[1], letter.getString("body"), "the original body is kept");
            assertEquals(404, admin.get("/api/device/messages/" + messageId).statusCode(), "not journaled");
        });
        awaitJournalEntry(good);
        before.forEach((reason, count) -> Eventually.await(Duration.ofSeconds(10), reason + " counted", () ->
                metric("citiverse_device_rejected_total", "reason", reason) > count ? true : null));
    }

    @Test
    void oversizedReportsAreRefusedWith413() {
        String big = "{\"data\":\"" + "x".repeat(70_000) + "\"}";
        String id = newId();
        assertProblem(413, "device-message/TOO_LARGE", submit(gateway, id, door.id(), big));
        assertEquals(404, admin.get("/api/device/messages/" + id).statusCode());
    }

    @Test
    void onlyGatewaysMaySubmitAndOnlyStaffMayRead() {
        PortalClient anonymous = new PortalClient(TestServers.postgres());
        String id = newId();
        assertProblem(401, "authentication-required", submit(anonymous, id, door.id(), BODY));
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        assertProblem(403, "http-403", submit(citizen, id, door.id(), BODY));
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
        return metric("citiverse_device_ingestion_total", "outcome", outcome);
    }

    /** The dead letter of a message, once the pipeline has refused it. */
    static JsonObject deadLetter(PortalClient staff, String messageId) {
        return Eventually.await(Duration.ofSeconds(30), "dead letter " + messageId, () ->
                Json.array(staff.get("/api/device/messages/dead-letters?limit=1000").body())
                        .getValuesAs(JsonObject.class).stream()
                        .filter(l -> messageId.equals(l.getString("messageId", null))).findFirst().orElse(null));
    }

    static long metric(String name, String tag, String value) {
        String metrics = new PortalClient(TestServers.postgres()).get("/metrics?scope=application").body();
        Matcher m = Pattern.compile(name + "\\{[^}]*" + tag + "=\"" + value + "\"[^}]*} ([0-9.]+)").matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    /** A report signed as the test door would sign it (an unknown device id gets the door's signature). */
    static HttpResponse<String> submit(PortalClient client, String messageId, String deviceId, String body) {
        return client.postJson("/api/device/messages", body, Map.of("X-Message-Id", messageId,
                "X-Device-Id", deviceId, "X-Signature", Devices.sign(door.secret(), messageId, deviceId,
                        "application/json", body)));
    }

    @Test
    void onlyTheRegisteredDevicesOwnSignatureIsTaken() {
        assertProblem(403, "device-message/UNKNOWN_DEVICE", submit(gateway, newId(), "door-nobody-registered", BODY));
        String id = newId();
        assertProblem(403, "device-message/BAD_SIGNATURE", gateway.postJson("/api/device/messages", BODY,
                Map.of("X-Message-Id", id, "X-Device-Id", door.id())));
        assertProblem(403, "device-message/BAD_SIGNATURE", gateway.postJson("/api/device/messages", BODY,
                Map.of("X-Message-Id", id, "X-Device-Id", door.id(), "X-Signature", door.sign(id, "application/json",
                        "{\"temperature\":99}"))));
        Devices.Device revoked = Devices.register(staff, "door", "door", null);
        assertEquals(204, admin.send("DELETE", "/api/v1/devices/" + revoked.id() + "/credentials", null).statusCode());
        assertProblem(403, "device-message/REVOKED_DEVICE",
                revoked.report(gateway, newId(), "application/json", BODY));
        assertEquals(404, admin.get("/api/device/messages/" + id).statusCode(), "nothing was queued");
    }

    @Test
    void aDeadLetterIsSentAgainOnceItsCauseIsFixed() {
        String fan = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"fan\",\"name\":\"Tunnel fan\","
                + "\"owner\":\"department:roads\",\"linkType\":\"L1\",\"properties\":{\"mode\":\"TEXT\"}}",
                Map.of()).body()).getString("id");
        Devices.Device device = Devices.register(staff, "fan", "fan", fan);
        String id = newId();
        assertEquals(202, device.report(gateway, id, "application/json", "{\"observedAt\":\"" + DAY
                + "09:00:00Z\",\"values\":{\"speed\":3}}").statusCode());
        JsonObject letter = deadLetter(staff, id);
        assertEquals("REJECTED_BY_TWIN", letter.getString("reason"));
        assertTrue(letter.getString("detail").contains("twin/property-unknown"), letter.toString());

        // The cause is fixed on the twin; staff send the message again from their page.
        assertEquals(200, admin.send("PUT", "/api/v1/twins/" + fan, "{\"properties\":{\"mode\":\"TEXT\","
                + "\"speed\":\"NUMBER\"}}").statusCode());
        String page = staff.get("/staff/dead-letters.xhtml").body();
        assertTrue(page.contains("REJECTED_BY_TWIN") && page.contains(id), page);
        HttpResponse<String> replayed = staff.submit(page, "letters", "Send again: " + id, Map.of());
        assertEquals(302, replayed.statusCode(), replayed.body());
        assertTrue(staff.follow(replayed).body().contains("on its way through again"));
        awaitJournalEntry(id);
        assertEquals(3, Json.object(staff.get("/api/v1/twins/" + fan).body()).getJsonObject("properties")
                .getJsonObject("speed").getInt("value"), "checked again from the start, and taken");
        assertProblem(404, "device-message/dead-letter-not-found", staff.postJson("/api/device/messages/dead-letters/"
                + letter.getString("jmsMessageId").replace(":", "%3A") + "/replay", "", Map.of()));
    }

    @Test
    void reportsReachTheDevicesTwinAndWhatDoesNotFitIsDeadLettered() {
        String gauge = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"water-level-sensor\",\"name\":"
                + "\"Pipeline gauge\",\"owner\":\"department:lighting\",\"linkType\":\"L1\",\"properties\":"
                + "{\"level\":\"NUMBER\",\"alarm\":\"BOOLEAN\"}}", Map.of()).body()).getString("id");
        Devices.Device sensor = Devices.register(staff, "gauge", "water-level-sensor", gauge);

        // SenML with a base name and base time: two times, two readings; the newer one is the state.
        long t = java.time.Instant.parse(DAY + "12:00:00Z").getEpochSecond();
        String senml = "[{\"bn\":\"urn:dev:" + sensor.id() + ":\",\"bt\":" + t + ",\"n\":\"level\",\"v\":1.25},"
                + "{\"n\":\"alarm\",\"vb\":false},{\"n\":\"level\",\"v\":1.5,\"t\":60}]";
        assertEquals(202, sensor.report(gateway, newId(), "application/senml+json", senml).statusCode());
        JsonObject level = Eventually.await(Duration.ofSeconds(30), "the gauge's twin to change", () -> {
            JsonObject twin = Json.object(staff.get("/api/v1/twins/" + gauge).body());
            JsonObject p = twin.getJsonObject("properties").getJsonObject("level");
            return p.isNull("value") ? null : p;
        });
        assertEquals(1.5, level.getJsonNumber("value").doubleValue());
        assertEquals(DAY + "12:01:00Z", level.getString("observedAt"));
        assertEquals(2, Json.array(staff.get("/api/v1/twins/" + gauge + "/history").body()).size(), "both readings");
        JsonObject device = Json.object(staff.get("/api/v1/devices/" + sensor.id()).body());
        assertTrue(device.containsKey("lastSeenAt") && device.getBoolean("online"), device.toString());

        // Plain JSON with its own time, then values the twin cannot take: dead-lettered, nothing changes.
        assertEquals(202, sensor.report(gateway, newId(), "application/json", "{\"observedAt\":\"" + DAY
                + "12:05:00Z\",\"values\":{\"level\":2}}").statusCode());
        long rejectedBefore = metric("citiverse_device_rejected_total", "reason", "rejected_by_twin");
        String wrong = newId();
        assertEquals(202, sensor.report(gateway, wrong, "application/json", "{\"level\":\"high\"}").statusCode());
        String notSenml = newId();
        assertEquals(202, sensor.report(gateway, notSenml, "application/senml+json", "[{\"n\":\"level\"}]").statusCode());
        for (String[] expected : new String[][] {{wrong, "REJECTED_BY_TWIN"}, {notSenml, "UNCONVERTIBLE"}}) {
            JsonObject letter = deadLetter(staff, expected[0]);
            assertEquals(expected[1], letter.getString("reason"), letter.toString());
            assertEquals(404, admin.get("/api/device/messages/" + expected[0]).statusCode(), "not journaled");
        }
        assertEquals(2, Json.object(staff.get("/api/v1/twins/" + gauge).body()).getJsonObject("properties")
                .getJsonObject("level").getJsonNumber("value").intValue(), "only the good report changed the state");
        Eventually.await(Duration.ofSeconds(10), "the rejection counted by its reason", () ->
                metric("citiverse_device_rejected_total", "reason", "rejected_by_twin") > rejectedBefore ? true : null);

        // A LoRaWAN network server's uplink, forwarded as it came: its decoded payload at its reception time.
        assertEquals(202, sensor.report(gateway, newId(), "application/lorawan-uplink+json", "{\"end_device_ids\":"
                + "{\"device_id\":\"" + sensor.id() + "\"},\"uplink_message\":{\"decoded_payload\":{\"level\":3.5,"
                + "\"alarm\":true},\"received_at\":\"" + DAY + "12:10:00.250Z\"}}").statusCode());
        JsonObject uplinked = Eventually.await(Duration.ofSeconds(30), "the uplink on the twin", () -> {
            JsonObject p = Json.object(staff.get("/api/v1/twins/" + gauge).body()).getJsonObject("properties")
                    .getJsonObject("level");
            return p.getJsonNumber("value").doubleValue() == 3.5 ? p : null;
        });
        assertEquals(DAY + "12:10:00.250Z", uplinked.getString("observedAt"));

        // An uplink of another end device than the one whose signature it carries: refused as a mismatch.
        String foreign = newId();
        assertEquals(202, sensor.report(gateway, foreign, "application/lorawan-uplink+json", "{\"end_device_ids\":"
                + "{\"device_id\":\"another-gauge\"},\"uplink_message\":{\"decoded_payload\":{\"level\":9.5},"
                + "\"received_at\":\"" + DAY + "12:15:00Z\"}}").statusCode());
        JsonObject mismatch = deadLetter(staff, foreign);
        assertEquals("DEVICE_MISMATCH", mismatch.getString("reason"), mismatch.toString());
        assertTrue(mismatch.getString("detail").contains("'another-gauge'")
                && mismatch.getString("detail").contains("'" + sensor.id() + "'"), mismatch.toString());
        assertEquals(404, admin.get("/api/device/messages/" + foreign).statusCode(), "not journaled");
        assertEquals(3.5, Json.object(staff.get("/api/v1/twins/" + gauge).body()).getJsonObject("properties")
                .getJsonObject("level").getJsonNumber("value").doubleValue(), "the twin kept the signer's uplink");
    }

    @Test
    void reportsSentTogetherAreTakenAsIfOneByOne() {
        String gauge = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"water-level-sensor\",\"name\":"
                + "\"Burst gauge\",\"owner\":\"department:lighting\",\"linkType\":\"L1\",\"properties\":"
                + "{\"level\":\"NUMBER\"}}", Map.of()).body()).getString("id");
        Devices.Device sensor = Devices.register(staff, "burst", "water-level-sensor", gauge);

        // Back to back, so the ingress consumers take them in one batch or a few: the newest first, then
        // late ones, one the twin cannot take, and the newest again.
        String newest = newId();
        String late = newId();
        String later = newId();
        String wrong = newId();
        String[][] reports = {{newest, "12:00:00Z", "5"}, {late, "11:00:00Z", "4"}, {wrong, "11:45:00Z", "\"high\""},
                {newest, "12:00:00Z", "5"}, {later, "11:30:00Z", "3"}};
        for (String[] r : reports) {
            assertEquals(202, sensor.report(gateway, r[0], "application/json", "{\"observedAt\":\"" + DAY + r[1]
                    + "\",\"values\":{\"level\":" + r[2] + "}}").statusCode());
        }
        awaitJournalEntry(newest);
        awaitJournalEntry(late);
        awaitJournalEntry(later);
        assertEquals("REJECTED_BY_TWIN", deadLetter(staff, wrong).getString("reason"));
        JsonObject level = Json.object(staff.get("/api/v1/twins/" + gauge).body()).getJsonObject("properties")
                .getJsonObject("level");
        assertEquals(5, level.getInt("value"), "the newest report stays the state");
        assertEquals(DAY + "12:00:00Z", level.getString("observedAt"));
        assertEquals(3, Json.array(staff.get("/api/v1/twins/" + gauge + "/history").body()).size(),
                "late reports in the history, the duplicate and the refused one not");
    }

    @Test
    void theFirmwareADeviceNamesIsKeptOnTheDeviceAndShownToStaff() {
        String twin = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"water-level-sensor\",\"name\":"
                + "\"Firmware gauge\",\"owner\":\"department:lighting\",\"linkType\":\"L1\",\"properties\":"
                + "{\"level\":\"NUMBER\",\"firmware\":\"TEXT\"}}", Map.of()).body()).getString("id");
        String label = "fw-" + UUID.randomUUID().toString().substring(0, 8);
        Devices.Device sensor = Devices.register(staff, "fw", label, twin);
        assertNull(Json.object(staff.get("/api/v1/devices/" + sensor.id()).body()).getString("firmware", null),
                "not yet known");

        // A report's text value "firmware": the device keeps it, and the twin its property too.
        assertEquals(202, sensor.report(gateway, newId(), "application/json", "{\"observedAt\":\"" + DAY
                + "08:00:00Z\",\"values\":{\"level\":1,\"firmware\":\"1.4.2\"}}").statusCode());
        awaitFirmware(sensor, "1.4.2");
        assertTrue(staff.get("/staff/devices.xhtml?profile=" + label).body().contains("<td>1.4.2</td>"), "on the fleet");
        assertTrue(staff.get("/staff/device.xhtml?id=" + sensor.id()).body().contains("<dd>1.4.2</dd>"), "on its page");

        // No version: too long for one (the twin still takes the text), or late: the device keeps what it had.
        String tooLong = newId();
        assertEquals(202, sensor.report(gateway, tooLong, "application/json", "{\"observedAt\":\"" + DAY
                + "09:00:00Z\",\"values\":{\"firmware\":\"" + "1.".repeat(40) + "\"}}").statusCode());
        String late = newId();
        assertEquals(202, sensor.report(gateway, late, "application/json", "{\"observedAt\":\"" + DAY
                + "07:00:00Z\",\"values\":{\"firmware\":\"1.3.9\"}}").statusCode());
        awaitJournalEntry(tooLong);
        awaitJournalEntry(late);
        assertEquals("1.4.2", Json.object(staff.get("/api/v1/devices/" + sensor.id()).body()).getString("firmware"));

        // Describing itself, the device names its firmware with version.instance.
        String td = "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gauge\",\"version\":"
                + "{\"instance\":\"2.0.0\"},\"properties\":{\"level\":{\"type\":\"number\"},"
                + "\"firmware\":{\"type\":\"string\"}}}";
        assertEquals(202, sensor.report(gateway, newId(), "application/td+json", td).statusCode());
        awaitFirmware(sensor, "2.0.0");

        // A device without a twin: a firmware that is not text is ignored, the report still taken.
        Devices.Device loose = Devices.register(staff, "fwloose", "generic", null);
        String other = newId();
        assertEquals(202, loose.report(gateway, other, "application/json", "{\"firmware\":3}")
                .statusCode());
        awaitJournalEntry(other);
        assertNull(Json.object(staff.get("/api/v1/devices/" + loose.id()).body()).getString("firmware", null));
    }

    private static void awaitFirmware(Devices.Device device, String firmware) {
        Eventually.await(Duration.ofSeconds(30), "firmware " + firmware + " on " + device.id(), () ->
                firmware.equals(Json.object(staff.get("/api/v1/devices/" + device.id()).body())
                        .getString("firmware", null)) ? true : null);
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
