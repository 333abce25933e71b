package org.citiverse.device.interfaces.rest;

import static org.citiverse.device.interfaces.rest.DeviceMessageIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Households;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Households claim their own devices (self-registration, FGMV-31 device access; REQ-DT-05) on
 * PostgreSQL, over the API and on the household's devices page: staff hand over a one-time code,
 * a member claims the device into the home and the household may operate its twin; a member lets
 * it go again. Wrong, used, replaced and guessed codes, claimed devices and strangers are refused.
 */
class HouseholdDeviceIT {

    private static PortalClient staff;
    private static PortalClient admin;
    private static PortalClient citizen;
    private static PortalClient other;

    @BeforeAll
    static void people() {
        staff = new PortalClient(TestServers.postgres()).signIn("staff");
        admin = new PortalClient(TestServers.postgres()).signIn("admin");
        citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        other = new PortalClient(TestServers.postgres()).signIn("resident");
    }

    /** A household of the citizen with a home twin. */
    private record Home(String household, String twin) {
    }

    private static Home home() {
        String household = Households.create(citizen, "Claim home");
        HttpResponse<String> twin = admin.postJson("/api/v1/twins", "{\"type\":\"home\",\"name\":\"Claim home\","
                + "\"owner\":\"household:" + household + "\",\"linkType\":\"NL\"}", Map.of());
        assertEquals(201, twin.statusCode(), twin.body());
        return new Home(household, Json.object(twin.body()).getString("id"));
    }

    /** A registered device without a twin, and the claim code its registration asked for. */
    private record Registered(String id, String code) {
    }

    private static Registered doorbell(String name) {
        String id = "bell-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = staff.postJson("/api/v1/devices", "{\"id\":\"" + id + "\",\"name\":\""
                + name + "\",\"profile\":\"doorbell\",\"claimCode\":true}", Map.of());
        assertEquals(201, registered.statusCode(), registered.body());
        JsonObject code = Json.object(registered.body()).getJsonObject("claimCode");
        assertTrue(code.getString("code").matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), code.toString());
        assertTrue(code.containsKey("expiresAt"));
        return new Registered(id, code.getString("code"));
    }

    private static HttpResponse<String> claim(PortalClient who, String household, String code) {
        return who.postJson("/api/households/" + household + "/devices", "{\"claimCode\":\"" + code + "\"}", Map.of());
    }

    private static List<JsonObject> devicesOf(PortalClient who, String household) {
        return Json.array(who.get("/api/households/" + household + "/devices").body()).getValuesAs(JsonObject.class);
    }

    @Test
    void aMemberClaimsADeviceIntoTheHomeAndLetsItGoAgain() {
        Home home = home();
        Registered bell = doorbell("Front bell");
        HttpResponse<String> claimed = claim(citizen, home.household(), bell.code().toLowerCase().replace("-", " "));
        assertEquals(201, claimed.statusCode(), claimed.body());
        String twinId = Json.object(claimed.body()).getString("twinId");
        assertEquals(List.of(bell.id()), devicesOf(citizen, home.household()).stream().map(d -> d.getString("id")).toList());

        // A new twin inside the home, shaped by the doorbell profile, that the household may operate.
        JsonObject twin = Json.object(citizen.get("/api/v1/twins/" + twinId).body());
        assertEquals(home.twin(), twin.getJsonObject("containedIn").getString("object"));
        assertEquals("doorbell", twin.getString("type"));
        assertEquals("L1", twin.getString("linkType"), "a doorbell only reports");
        assertTrue(twin.getJsonObject("properties").containsKey("pressed"), twin.toString());
        List<JsonObject> grants = Json.array(admin.get("/api/v1/twins/" + twinId + "/grants").body())
                .getValuesAs(JsonObject.class);
        assertTrue(grants.stream().anyMatch(g -> g.getString("principal").equals("household:" + home.household())
                && g.getString("permission").equals("OPERATE")), grants.toString());
        assertTrue(grants.stream().anyMatch(g -> g.getString("principal").equals("device:" + bell.id())));
        JsonObject device = Json.object(staff.get("/api/v1/devices/" + bell.id()).body());
        assertEquals(twinId, device.getString("twinId"));
        assertTrue(device.getBoolean("claimed"));
        assertTrue(citizen.get("/citizen/home.xhtml").body().contains("Front bell"), "it appears in My home");

        // Another citizen sees nothing of it; the code is spent; staff cannot hand out another one.
        assertEquals(404, other.get("/api/v1/twins/" + twinId).statusCode());
        assertProblem(404, "device/household-not-found", other.get("/api/households/" + home.household() + "/devices"));
        assertProblem(400, "device/claim-code-used", claim(citizen, home.household(), bell.code()));
        assertProblem(409, "device/already-claimed", admin.postJson("/api/v1/devices/" + bell.id() + "/claim-code",
                "{}", Map.of()));
        assertEquals(404, staff.postJson("/api/v1/devices/" + bell.id() + "/claim-code", "{}", Map.of()).statusCode(),
                "staff do not administer a household's twin");

        // Letting it go: the twin the claim made goes, the device keeps its credential.
        assertProblem(404, "device/household-not-found", other.send("DELETE", "/api/households/" + home.household()
                + "/devices/" + bell.id(), null));
        assertEquals(204, citizen.send("DELETE", "/api/households/" + home.household() + "/devices/" + bell.id(),
                null).statusCode());
        assertEquals(List.of(), devicesOf(citizen, home.household()));
        assertEquals(404, admin.get("/api/v1/twins/" + twinId).statusCode());
        JsonObject after = Json.object(staff.get("/api/v1/devices/" + bell.id()).body());
        assertFalse(after.getBoolean("claimed"));
        assertFalse(after.containsKey("twinId"), after.toString());
        assertEquals("ACTIVE", after.getString("status"));
        assertEquals(1, after.getInt("credentialVersion"));
        assertProblem(404, "device/household-not-found", citizen.send("DELETE", "/api/households/"
                + home.household() + "/devices/" + bell.id(), null));
        for (String action : new String[] {"device.claimed", "device.unclaimed"}) {
            JsonObject audit = Json.object(staff.get("/api/audit?action=" + action + "&object=" + bell.id()).body());
            assertEquals(1, audit.getJsonArray("entries").size(), action);
        }

        // With a new code it can be claimed again.
        JsonObject again = Json.object(admin.postJson("/api/v1/devices/" + bell.id() + "/claim-code", "{}", Map.of())
                .body());
        assertEquals(201, claim(citizen, home.household(), again.getString("code")).statusCode());
    }

    @Test
    void aDeviceWithItsOwnTwinIsGrantedAndUngranted() {
        Home home = home();
        String lamp = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"street-light\",\"name\":\"Garden lamp\","
                + "\"owner\":\"department:lighting\",\"linkType\":\"L2\"}", Map.of()).body()).getString("id");
        String id = "lamp-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, staff.postJson("/api/v1/devices", "{\"id\":\"" + id + "\",\"name\":\"Garden lamp\","
                + "\"profile\":\"street-light\",\"twin\":\"" + lamp + "\"}", Map.of()).statusCode());
        String first = Json.object(staff.postJson("/api/v1/devices/" + id + "/claim-code", "{}", Map.of()).body())
                .getString("code");
        String second = Json.object(staff.postJson("/api/v1/devices/" + id + "/claim-code", "{}", Map.of()).body())
                .getString("code");
        assertProblem(400, "device/claim-code-expired", claim(citizen, home.household(), first));

        assertEquals(201, claim(citizen, home.household(), second).statusCode());
        assertEquals(200, citizen.get("/api/v1/twins/" + lamp).statusCode(), "the household may see and operate it");
        assertTrue(citizen.get("/citizen/home.xhtml").body().contains("Garden lamp"), "it appears in My home");
        assertEquals(204, citizen.send("DELETE", "/api/households/" + home.household() + "/devices/" + id, null)
                .statusCode());
        assertEquals(404, citizen.get("/api/v1/twins/" + lamp).statusCode(), "the household's grant went");
        assertEquals(lamp, Json.object(staff.get("/api/v1/devices/" + id).body()).getString("twinId"),
                "the city's twin stays, and the device with it");
    }

    @Test
    void wrongCodesAreCountedAndGuessingIsStopped() {
        Home home = home();
        Registered bell = doorbell("Guarded bell");
        for (String bad : new String[] {"0000-0000-0000-0000", "not a code", ""}) {
            assertProblem(400, "device/claim-code-unknown", claim(citizen, home.household(), bad));
        }
        for (String malformed : new String[] {"{}", "{\"claimCode\":7}", "[]", "{\"claimCode\":\"x\",\"more\":1}"}) {
            assertProblem(400, "device/invalid-request", citizen.postJson("/api/households/" + home.household()
                    + "/devices", malformed, Map.of()));
        }
        for (int i = 0; i < 7; i++) {
            assertEquals(400, claim(citizen, home.household(), "ZZZZ-ZZZZ-ZZZZ-ZZZ" + i).statusCode());
        }
        HttpResponse<String> stopped = claim(citizen, home.household(), bell.code());
        assertProblem(429, "device/too-many-claim-attempts", stopped);
        assertEquals("3600", stopped.headers().firstValue("Retry-After").orElse(""));
        assertEquals(201, claim(citizen, home().household(), bell.code()).statusCode(),
                "the limit is per household; the right code still works elsewhere");

        assertProblem(404, "device/household-not-found", claim(other, home.household(), bell.code()));
        assertProblem(404, "device/household-not-found", claim(citizen, "not-a-household", bell.code()));
        assertEquals(403, staff.get("/api/households/" + home.household() + "/devices").statusCode());
        assertEquals(401, new PortalClient(TestServers.postgres()).get("/api/households/" + home.household()
                + "/devices").statusCode());
    }

    @Test
    void theDevicesPageClaimsWithAnAccessibleFormAndRemoves() {
        Home home = home();
        Registered bell = doorbell("Page bell");
        String path = "/citizen/household/devices.xhtml?id=" + home.household();
        String page = citizen.get(path).body();
        assertTrue(page.contains("has no devices yet") && page.contains("for=\"claimCode\""), page);

        HttpResponse<String> empty = citizen.submit(page, "claim", "Add device", Map.of("claimCode", ""));
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("id=\"error-summary\"") && empty.body().contains("Enter the claim code"),
                empty.body());
        assertTrue(empty.body().contains("aria-invalid=\"true\""));
        HttpResponse<String> wrong = citizen.submit(empty.body(), "claim", "Add device",
                Map.of("claimCode", "0000-0000-0000-0000"));
        assertTrue(wrong.body().contains("<title>Error: ") && wrong.body().contains("does not match a device"),
                wrong.body());

        HttpResponse<String> added = citizen.submit(citizen.get(path).body(), "claim", "Add device",
                Map.of("claimCode", bell.code()));
        assertEquals(302, added.statusCode(), added.body());
        String shown = citizen.follow(added).body();
        assertTrue(shown.contains("Page bell is now a device of this household") && shown.contains("Doorbell"), shown);

        HttpResponse<String> removed = citizen.submit(shown, "devices", "Remove Page bell", Map.of());
        assertEquals(302, removed.statusCode(), removed.body());
        assertTrue(citizen.follow(removed).body().contains("Page bell is no longer a device of this household"));
        assertEquals(List.of(), devicesOf(citizen, home.household()));

        assertEquals(404, other.get(path).statusCode());
        assertEquals(404, citizen.get("/citizen/household/devices.xhtml?id=nonsense").statusCode());
        assertTrue(citizen.get("/citizen/household/view.xhtml?id=" + home.household()).body().contains(path),
                "the household page links to it");
    }
}
