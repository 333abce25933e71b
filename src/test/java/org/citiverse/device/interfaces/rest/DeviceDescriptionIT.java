package org.citiverse.device.interfaces.rest;

import static org.citiverse.device.interfaces.rest.DeviceMessageIT.assertProblem;
import static org.citiverse.device.interfaces.rest.DeviceMessageIT.deadLetter;
import static org.citiverse.device.interfaces.rest.DeviceMessageIT.metric;
import static org.citiverse.device.interfaces.rest.DeviceMessageIT.newId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Devices describe themselves (FGMV-31 IR-RecR-2) on PostgreSQL: a W3C Thing Description given by
 * staff or sent by the device over its signed contract shapes the device's twin; built-in profiles
 * shape the twin of a registered device without taking anything away; malformed, oversized,
 * twin-less and unauthorised descriptions get clear answers or dead letters.
 */
class DeviceDescriptionIT {

    private static final String TD = "application/td+json";
    private static final String CONTEXT = "\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\"";

    private static final PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
    private static final PortalClient staff = new PortalClient(TestServers.postgres()).signIn("staff");
    private static final PortalClient gateway = new PortalClient(TestServers.postgres())
            .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));

    /** A twin the lighting department (and so staff) administers. */
    private static String twin(String linkType, String properties, String actions) {
        HttpResponse<String> created = admin.postJson("/api/v1/twins", "{\"type\":\"gate\",\"name\":\"Described gate\","
                + "\"owner\":\"department:lighting\",\"linkType\":\"" + linkType + "\",\"properties\":" + properties
                + ",\"actions\":" + actions + "}", Map.of());
        assertEquals(201, created.statusCode(), created.body());
        return Json.object(created.body()).getString("id");
    }

    private static JsonObject twinOf(String twinId) {
        return Json.object(admin.get("/api/v1/twins/" + twinId).body());
    }

    private static Map<String, String> types(JsonObject twin) {
        Map<String, String> types = new java.util.TreeMap<>();
        twin.getJsonObject("properties").forEach((name, p) -> types.put(name, ((JsonObject) p).getString("valueType")));
        return types;
    }

    private static List<String> actions(JsonObject twin) {
        return twin.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static HttpResponse<String> describe(PortalClient who, String deviceId, String td) {
        return who.send("PUT", "/api/v1/devices/" + deviceId + "/description", TD, td);
    }

    @Test
    void staffDescribeADeviceAndItsTwinFollows() {
        String gate = twin("L2", "{\"level\":\"TEXT\",\"note\":\"TEXT\"}", "[\"stop\"]");
        Devices.Device device = Devices.register(staff, "gate", "dam-gate", gate);
        HttpResponse<String> described = describe(staff, device.id(), "{" + CONTEXT + ",\"title\":\"Dam gate\","
                + "\"securityDefinitions\":{\"nosec\":{\"scheme\":\"nosec\"}},\"security\":[\"nosec\"],"
                + "\"properties\":{\"level\":{\"type\":\"number\",\"unit\":\"cm\",\"readOnly\":true,\"minimum\":0},"
                + "\"open\":{\"type\":\"boolean\",\"forms\":[{\"href\":\"mqtt://gw/open\"}]}},"
                + "\"actions\":{\"raise\":{},\"lower\":{}},\"events\":{\"fault\":{}}}");
        assertEquals(200, described.statusCode(), described.body());
        assertTrue(described.headers().firstValue("Content-Type").orElse("").startsWith(TD));
        JsonObject kept = Json.object(described.body());
        assertEquals("cm", kept.getJsonObject("properties").getJsonObject("level").getString("unit"));
        assertTrue(kept.getJsonObject("events").containsKey("fault"), "events are the device's declared events");
        assertTrue(!kept.containsKey("securityDefinitions"), "only what the platform keeps");

        JsonObject twin = twinOf(gate);
        assertEquals(Map.of("level", "NUMBER", "note", "TEXT", "open", "BOOLEAN"), types(twin),
                "named properties take the declared type, others stay");
        assertEquals(List.of("stop", "raise", "lower"), actions(twin));
        assertEquals(kept, Json.object(staff.get("/api/v1/devices/" + device.id() + "/description").body()));
        assertTrue(Json.object(staff.get("/api/v1/devices/" + device.id()).body()).containsKey("describedAt"));
        assertEquals(200, describe(admin, device.id(), described.body()).statusCode(), "describing again is harmless");
        assertEquals(200, admin.send("PUT", "/api/v1/devices/" + device.id() + "/description", described.body())
                .statusCode(), "a Thing Description as plain JSON is taken too");
    }

    @Test
    void malformedOversizedTwinlessAndUnauthorisedDescriptionsAreRefused() {
        String gate = twin("L1", "{}", "[]");
        Devices.Device device = Devices.register(staff, "gate", "dam-gate", gate);
        StringBuilder manyActions = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            manyActions.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":{}");
        }
        for (String[] bad : new String[][] {
            {"[1]", "a Thing Description is a JSON object"},
            {"{\"title\":\"Gate\"}", "@context must be"},
            {"{" + CONTEXT + "}", "title must be"},
            {"{" + CONTEXT + ",\"title\":\"Gate\",\"properties\":{\"shape\":{\"type\":\"object\"}}}", "is not supported"},
            {"{" + CONTEXT + ",\"title\":\"Gate\",\"properties\":{\"Water Level\":{\"type\":\"number\"}}}", "name 'Water Level'"},
            {"{" + CONTEXT + ",\"title\":\"Gate\",\"actions\":{" + manyActions + "}}", "at most 10 actions"},
            {"{" + CONTEXT + ",\"title\":\"Gate\",\"description\":\"" + "x".repeat(40_000) + "\"}", "larger than 32768 bytes"},
            {"{" + CONTEXT + ",", "not well-formed JSON"}}) {
            HttpResponse<String> refused = describe(staff, device.id(), bad[0]);
            assertProblem(400, "device/invalid-description", refused);
            assertTrue(Json.object(refused.body()).getString("detail").contains(bad[1]), refused.body());
        }
        assertEquals(Map.of(), types(twinOf(gate)), "nothing changed");
        assertProblem(404, "device/no-description", staff.get("/api/v1/devices/" + device.id() + "/description"));

        String valid = "{" + CONTEXT + ",\"title\":\"Gate\"}";
        Devices.Device twinless = Devices.register(staff, "gate", "dam-gate", null);
        assertProblem(409, "device/no-twin", describe(staff, twinless.id(), valid));
        assertProblem(404, "device/not-found", describe(staff, "no-such-device", valid));
        assertProblem(415, "http-415", staff.send("PUT", "/api/v1/devices/" + device.id() + "/description",
                "text/plain", valid));
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        assertProblem(403, "http-403", describe(citizen, device.id(), valid));
        assertProblem(401, "authentication-required", describe(new PortalClient(TestServers.postgres()), device.id(),
                valid));
        // Staff of another department may not describe a device whose twin they do not administer.
        String parksTwin = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"gate\",\"name\":\"Parks gate\","
                + "\"owner\":\"department:parks\",\"linkType\":\"L1\"}", Map.of()).body()).getString("id");
        Devices.Device parks = Devices.register(admin, "gate", "dam-gate", parksTwin);
        assertEquals(404, describe(staff, parks.id(), valid).statusCode());
    }

    @Test
    void aDeviceDescribesItselfOverItsSignedContractAndABadDescriptionIsDeadLettered() {
        String gate = twin("L2", "{}", "[]");
        Devices.Device device = Devices.register(staff, "gate", "dam-gate", gate);
        String td = "{" + CONTEXT + ",\"title\":\"Self-described gate\",\"properties\":{\"level\":{\"type\":\"integer\"}},"
                + "\"actions\":{\"raise\":{}},\"events\":{\"fault\":{}}}";
        assertEquals(202, device.report(gateway, newId(), TD, td).statusCode());
        JsonObject twin = Eventually.await(Duration.ofSeconds(30), "the twin to be described", () -> {
            JsonObject t = twinOf(gate);
            return t.getJsonObject("properties").containsKey("level") ? t : null;
        });
        assertEquals(Map.of("level", "NUMBER"), types(twin));
        assertEquals(List.of("raise"), actions(twin));
        assertEquals("integer", Json.object(staff.get("/api/v1/devices/" + device.id() + "/description").body())
                .getJsonObject("properties").getJsonObject("level").getString("type"));

        long before = metric("citiverse_device_rejected_total", "reason", "invalid_description");
        String bad = newId();
        assertEquals(202, device.report(gateway, bad, TD, "{" + CONTEXT + ",\"title\":\"Gate\",\"properties\":"
                + "{\"level\":{\"type\":\"null\"}}}").statusCode());
        JsonObject letter = deadLetter(staff, bad);
        assertEquals("INVALID_DESCRIPTION", letter.getString("reason"));
        assertTrue(letter.getString("detail").contains("property 'level'"), letter.toString());
        Eventually.await(Duration.ofSeconds(10), "the refusal counted by its reason", () ->
                metric("citiverse_device_rejected_total", "reason", "invalid_description") > before ? true : null);

        Devices.Device twinless = Devices.register(staff, "gate", "dam-gate", null);
        String orphan = newId();
        assertEquals(202, twinless.report(gateway, orphan, TD, td).statusCode());
        assertEquals("NO_TWIN", deadLetter(staff, orphan).getString("reason"));
        assertEquals(List.of("raise"), actions(twinOf(gate)), "nothing else changed");
    }

    @Test
    void aBuiltInProfileAddsWhatTheTwinLacksAndTakesNothingAway() {
        List<JsonObject> profiles = Json.array(staff.get("/api/v1/device-profiles").body()).getValuesAs(JsonObject.class);
        assertEquals(List.of("camera", "door-lock", "doorbell", "generic", "street-light", "thermometer", "water-level"),
                profiles.stream().map(p -> p.getString("name")).toList());
        JsonObject bell = profiles.stream().filter(p -> p.getString("name").equals("doorbell")).findFirst().orElseThrow();
        assertTrue(bell.getJsonObject("description").getJsonObject("events").containsKey("ring"));
        assertEquals(403, new PortalClient(TestServers.postgres()).signIn("citizen").get("/api/v1/device-profiles")
                .statusCode());

        String door = twin("L2", "{\"locked\":\"TEXT\",\"colour\":\"TEXT\"}", "[\"open\",\"knock\"]");
        Devices.Device lock = Devices.register(staff, "lock", "door-lock", door);
        JsonObject twin = twinOf(door);
        assertEquals(Map.of("locked", "TEXT", "colour", "TEXT", "open", "BOOLEAN", "battery", "NUMBER", "firmware",
                "TEXT"), types(twin), "existing properties keep their type");
        assertEquals(List.of("open", "knock", "lock", "unlock"), actions(twin));
        assertEquals("Door lock", Json.object(staff.get("/api/v1/devices/" + lock.id() + "/description").body())
                .getString("title"), "the profile describes the device until it describes itself");
    }
}
