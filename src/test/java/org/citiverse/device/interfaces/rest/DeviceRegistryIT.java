package org.citiverse.device.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Device access (FGMV-31 CommR-ReqR-1) on PostgreSQL: staff register devices and link them to
 * twins they administer (the device then may operate the twin, REQ-DT-05), credentials are shown
 * once, rotate and revoke; malformed, duplicate and unauthorised requests get clear answers.
 */
class DeviceRegistryIT {

    private static PortalClient staff;
    private static PortalClient admin;

    @BeforeAll
    static void people() {
        staff = new PortalClient(TestServers.postgres()).signIn("staff");
        admin = new PortalClient(TestServers.postgres()).signIn("admin");
    }

    private static String deviceId() {
        return "bell-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void staffRegisterLinkRotateAndRevoke() {
        HttpResponse<String> twin = admin.postJson("/api/v1/twins", "{\"type\":\"street-light\",\"name\":\"Registry light\","
                + "\"owner\":\"department:lighting\",\"linkType\":\"L2\",\"properties\":{\"on\":\"BOOLEAN\"}}", Map.of());
        String twinId = Json.object(twin.body()).getString("id");
        String id = deviceId();
        HttpResponse<String> registered = staff.postJson("/api/v1/devices", "{\"id\":\"" + id + "\",\"name\":\"Lamp "
                + "controller\",\"profile\":\"street-light\",\"twin\":\"" + twinId + "\"}", Map.of());
        assertEquals(201, registered.statusCode(), registered.body());
        assertTrue(PortalClient.location(registered).endsWith("/api/v1/devices/" + id));
        JsonObject answer = Json.object(registered.body());
        String secret = answer.getJsonObject("credential").getString("secret");
        assertEquals(43, secret.length());
        assertEquals(1, answer.getJsonObject("credential").getInt("version"));
        assertEquals(twinId, answer.getJsonObject("device").getString("twinId"));
        assertEquals("ACTIVE", answer.getJsonObject("device").getString("status"));

        JsonObject read = Json.object(staff.get("/api/v1/devices/" + id).body());
        assertTrue(!read.containsKey("secret") && !read.toString().contains(secret), "the secret is shown once only");
        assertTrue(Json.array(admin.get("/api/v1/twins/" + twinId + "/grants").body()).getValuesAs(JsonObject.class)
                .stream().anyMatch(g -> g.getString("principal").equals("device:" + id)
                        && g.getString("permission").equals("OPERATE")), "the device may operate its twin");

        JsonObject rotated = Json.object(staff.postJson("/api/v1/devices/" + id + "/credentials", "{}", Map.of()).body());
        assertEquals(2, rotated.getInt("version"));
        assertNotEquals(secret, rotated.getString("secret"));
        assertEquals(204, staff.send("DELETE", "/api/v1/devices/" + id + "/credentials", null).statusCode());
        assertEquals("REVOKED", Json.object(staff.get("/api/v1/devices/" + id).body()).getString("status"));
        List<JsonObject> revoked = Json.array(staff.get("/api/v1/devices?status=REVOKED").body())
                .getValuesAs(JsonObject.class);
        assertTrue(revoked.stream().anyMatch(d -> d.getString("id").equals(id)), revoked.toString());
        assertEquals(3, Json.object(staff.postJson("/api/v1/devices/" + id + "/credentials", "{}", Map.of()).body())
                .getInt("version"));
        assertEquals("ACTIVE", Json.object(staff.get("/api/v1/devices/" + id).body()).getString("status"),
                "a new credential reactivates the device");

        // The fleet page: counts, the device with its twin, the status filter.
        String fleet = staff.get("/staff/devices.xhtml?status=ACTIVE").body();
        assertTrue(fleet.contains(id) && fleet.contains("Open the twin") && fleet.contains("Offline</dt>"), fleet);
        staff.send("DELETE", "/api/v1/devices/" + id + "/credentials", null);
        assertFalse(staff.get("/staff/devices.xhtml?status=ACTIVE").body().contains(id));
        assertTrue(staff.get("/staff/devices.xhtml?status=REVOKED").body().contains(id));
    }

    @Test
    void badDuplicateAndUnauthorisedRegistrationsAreRefused() {
        String id = deviceId();
        String body = "{\"id\":\"" + id + "\",\"name\":\"Bell\",\"profile\":\"doorbell\"}";
        assertEquals(201, staff.postJson("/api/v1/devices", body, Map.of()).statusCode());
        // Whoever gets a device's secret speaks for it: without a twin, only city administrators.
        HttpResponse<String> noTwin = staff.postJson("/api/v1/devices/" + id + "/credentials", "{}", Map.of());
        assertEquals(403, noTwin.statusCode(), noTwin.body());
        assertEquals(403, staff.send("DELETE", "/api/v1/devices/" + id + "/credentials", null).statusCode());
        assertEquals(200, admin.postJson("/api/v1/devices/" + id + "/credentials", "{}", Map.of()).statusCode());
        HttpResponse<String> again = admin.postJson("/api/v1/devices", body, Map.of());
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("device/id-taken", Json.object(again.body()).getString("type"));
        for (String bad : new String[] {"{\"id\":\"bell 1\",\"name\":\"Bell\",\"profile\":\"doorbell\"}",
                "{\"id\":\"" + deviceId() + "\",\"name\":\"\",\"profile\":\"doorbell\"}",
                "{\"id\":\"" + deviceId() + "\",\"name\":\"Bell\",\"profile\":\"Door Bell\"}",
                "{\"id\":\"" + deviceId() + "\",\"name\":\"Bell\",\"profile\":\"doorbell\",\"secret\":\"mine\"}",
                "{\"id\":7,\"name\":\"Bell\",\"profile\":\"doorbell\"}", "[]", "\"bell\""}) {
            HttpResponse<String> r = staff.postJson("/api/v1/devices", bad, Map.of());
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
        }
        // A twin staff may not see: 404, and nothing is registered.
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        String household = org.citiverse.testsupport.Households.create(citizen, "Device home");
        String home = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"home\",\"name\":\"Device home\","
                + "\"owner\":\"household:" + household + "\",\"linkType\":\"NL\"}", Map.of()).body()).getString("id");
        String stranger = deviceId();
        HttpResponse<String> notTheirs = staff.postJson("/api/v1/devices", "{\"id\":\"" + stranger + "\",\"name\":"
                + "\"Bell\",\"profile\":\"doorbell\",\"twin\":\"" + home + "\"}", Map.of());
        assertEquals(404, notTheirs.statusCode(), notTheirs.body());
        assertEquals(404, staff.get("/api/v1/devices/" + stranger).statusCode(), "rolled back with the link");

        assertEquals(403, citizen.postJson("/api/v1/devices", body, Map.of()).statusCode());
        assertEquals(401, new PortalClient(TestServers.postgres()).postJson("/api/v1/devices", body, Map.of())
                .statusCode());
        assertEquals(404, staff.get("/api/v1/devices/no-such-device").statusCode());
        assertEquals(400, staff.get("/api/v1/devices?status=LOST").statusCode());
        assertEquals(400, staff.get("/api/v1/devices?limit=0").statusCode());
    }

    @Test
    void twoRegistrationsOfOneIdAtOnceGiveOneDeviceAndAConflict() throws Exception {
        String id = deviceId();
        String body = "{\"id\":\"" + id + "\",\"name\":\"Twice\",\"profile\":\"sensor\"}";
        PortalClient second = new PortalClient(TestServers.postgres()).signIn("admin");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> admin.postJson("/api/v1/devices", body, java.util.Map.of()).statusCode());
            var b = pool.submit(() -> second.postJson("/api/v1/devices", body, java.util.Map.of()).statusCode());
            assertEquals(java.util.List.of(201, 409), java.util.stream.Stream.of(a.get(), b.get()).sorted().toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void staffFindDevicesByProfileAndSilence() {
        String profile = "filter" + UUID.randomUUID().toString().substring(0, 6);
        org.citiverse.testsupport.Devices.Device quiet = org.citiverse.testsupport.Devices.register(admin, "quiet",
                profile, null);
        org.citiverse.testsupport.Devices.Device talking = org.citiverse.testsupport.Devices.register(admin, "talking",
                profile, null);
        PortalClient gateway = new PortalClient(TestServers.postgres()).withBearer(org.citiverse.testsupport.Tokens
                .clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
        assertEquals(202, talking.report(gateway, "filter-" + UUID.randomUUID(), "application/json", "{\"on\":true}")
                .statusCode());
        org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(30), "the report taken", () ->
                Json.object(staff.get("/api/v1/devices/" + talking.id()).body()).containsKey("lastSeenAt") ? true : null);

        java.util.function.Function<String, java.util.List<String>> ids = query -> Json.array(staff.get(
                "/api/v1/devices?limit=500&" + query).body()).stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
        assertEquals(java.util.List.of(quiet.id(), talking.id()).stream().sorted().toList(), ids.apply("profile=" + profile));
        assertEquals(java.util.List.of(quiet.id()), ids.apply("profile=" + profile + "&silentFor=PT1H"),
                "never seen counts as silent; the one that just reported does not");
        for (String bad : new String[] {"silentFor=PT1S", "silentFor=P400D", "silentFor=soon", "status=LOST"}) {
            assertEquals(400, staff.get("/api/v1/devices?" + bad).statusCode(), bad);
        }
        String page = staff.get("/staff/devices.xhtml?profile=" + profile + "&silent=PT1H").body();
        assertTrue(page.contains(quiet.id()) && !page.contains(talking.id()), "the fleet page filters alike");
    }
}
