package org.citiverse.device.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.Households;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Registering a device on its staff page (FGMV-31 device access): the secret and the household claim
 * code are shown once, on the answer, and both work; every wrong field is named in the error summary
 * and on the field, and what was typed stays in the form; only staff reach the page.
 */
class DeviceRegistrationPageIT {

    private static final String PAGE = "/staff/device-new.xhtml";
    private static final String BUTTON = "Register the device";
    private static final Pattern SECRET = Pattern.compile("id=\"device-secret\"[^>]*>([A-Za-z0-9_-]{43})<");
    private static final Pattern CLAIM_CODE = Pattern.compile("id=\"claim-code\"[^>]*>([0-9A-Z]{4}(-[0-9A-Z]{4}){3})<");

    private static final PortalClient staff = new PortalClient(TestServers.postgres()).signIn("staff");
    private static final PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");

    @Test
    void staffRegisterADeviceAndGetItsSecretAndClaimCodeOnce() {
        assertTrue(staff.get("/staff/devices.xhtml").body().contains("href=\"/staff/device-new.xhtml\""),
                "the fleet links to the page");
        String twin = twinOf("department:lighting"); // staff work in lighting
        String id = "page-bell-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> done = staff.submit(staff.get(PAGE).body(), "register", BUTTON,
                form(id, "Front door bell", "doorbell", twin, "yes"));
        assertEquals(200, done.statusCode());
        String page = done.body();
        assertTrue(page.contains("Device " + id + " is registered."), page);
        assertTrue(page.contains("Shown only now and never again"), "said to be shown once");
        Matcher secret = SECRET.matcher(page);
        Matcher code = CLAIM_CODE.matcher(page);
        assertTrue(secret.find() && code.find(), page);
        assertFalse(page.contains("id=\"register\""), "the answer, not the form again");

        for (String later : new String[] {PAGE, "/staff/device.xhtml?id=" + id}) {
            String body = staff.get(later).body();
            assertFalse(body.contains(secret.group(1)) || body.contains(code.group(1)), "never again: " + later);
        }
        JsonObject device = Json.object(staff.get("/api/v1/devices/" + id).body());
        assertEquals("doorbell", device.getString("profile"));
        assertEquals(twin, device.getString("twinId"));
        assertTrue(Json.object(staff.get("/api/v1/twins/" + twin).body()).getJsonObject("properties")
                .containsKey("pressed"), "the profile shaped the twin");

        PortalClient gateway = new PortalClient(TestServers.postgres())
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
        assertEquals(202, new Devices.Device(id, secret.group(1)).report(gateway, "page-" + UUID.randomUUID(),
                "application/json", "{\"pressed\":false}").statusCode(), "the secret works");
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        String household = Households.create(citizen, "Page bell home");
        HttpResponse<String> claimed = citizen.postJson("/api/households/" + household + "/devices",
                "{\"claimCode\":\"" + code.group(1) + "\"}", Map.of());
        assertEquals(201, claimed.statusCode(), "the claim code works: " + claimed.body());
    }

    @Test
    void withoutAClaimCodeOnlyTheSecretIsShown() {
        String id = "page-lamp-" + UUID.randomUUID().toString().substring(0, 8);
        String page = staff.submit(staff.get(PAGE).body(), "register", BUTTON,
                form(id, "Lamp", "street-light", "", "no")).body();
        assertTrue(SECRET.matcher(page).find(), page);
        assertFalse(page.contains("id=\"claim-code\""));
        assertFalse(Json.object(staff.get("/api/v1/devices/" + id).body()).containsKey("twinId"), "no twin");
    }

    @Test
    void everyWrongFieldIsNamedAndWhatWasTypedStays() {
        String empty = staff.submit(staff.get(PAGE).body(), "register", BUTTON, form("", "", null, "", null)).body();
        assertTrue(title(empty).startsWith("Error: "), title(empty));
        assertErrors(empty, Map.of("deviceId", "Enter the device id", "deviceName", "Enter a name for the device",
                "profile", "Choose the profile of the device", "claimCode", "Choose whether to make a claim code"));

        String wrong = staff.submit(staff.get(PAGE).body(), "register", BUTTON,
                form("lamp 7;drop", "x".repeat(121), "toaster", "", "yes")).body();
        assertErrors(wrong, Map.of("deviceId", "The device id may only use letters, digits, full stops, underscores, "
                        + "colons and hyphens, and be at most 100 characters long",
                "deviceName", "Enter a name of at most 120 characters",
                "profile", "Choose one of the options for Profile"));
        assertTrue(wrong.contains("value=\"lamp 7;drop\""), "the id typed stays");
        assertTrue(wrong.contains("value=\"" + "x".repeat(121) + "\""), "the name typed stays");

        String forged = staff.submit(staff.get(PAGE).body(), "register", BUTTON, Map.of("deviceName", "Lamp",
                "profile", "generic", "claimCode", "no")).body(); // no id at all: still a field error, not a failure
        assertErrors(forged, Map.of("deviceId", "The device id may only use letters, digits, full stops, underscores, "
                + "colons and hyphens, and be at most 100 characters long"));

        Devices.Device existing = Devices.register(staff, "page-taken", "generic", null);
        String twin = twinOf("department:lighting");
        String taken = staff.submit(staff.get(PAGE).body(), "register", BUTTON,
                form(existing.id(), "Second lamp", "street-light", twin, "no")).body();
        assertErrors(taken, Map.of("deviceId", "A device with this id is already registered"));
        assertTrue(taken.contains("value=\"Second lamp\"") && taken.contains("value=\"" + twin + "\""), "kept");
        assertTrue(Pattern.compile("<input[^>]*value=\"street-light\"[^>]*checked|<input[^>]*checked[^>]*value=\""
                + "street-light\"").matcher(taken).find(), "the profile chosen stays chosen");

        String notMine = twinOf("department:waste"); // staff do not work in waste
        for (String twinId : new String[] {notMine, "urn:citiverse:twin:" + UUID.randomUUID(), "not a twin"}) {
            String id = "page-free-" + UUID.randomUUID().toString().substring(0, 8);
            String refused = staff.submit(staff.get(PAGE).body(), "register", BUTTON,
                    form(id, "Gauge", "water-level", twinId, "no")).body();
            assertErrors(refused, Map.of("twin", "Enter the id of a twin you administer, or leave it empty"));
            assertEquals(404, staff.get("/api/v1/devices/" + id).statusCode(), "nothing registered");
        }
    }

    @Test
    void onlyStaffReachThePage() {
        assertEquals(403, new PortalClient(TestServers.postgres()).signIn("neighbour").get(PAGE).statusCode());
        assertEquals(302, new PortalClient(TestServers.postgres()).get(PAGE).statusCode(), "sign-in first");
        assertEquals(200, admin.get(PAGE).statusCode());
    }

    /** The form as a browser posts it: every text field, a radio group only when one is chosen (not null). */
    private static Map<String, String> form(String id, String name, String profile, String twin, String claimCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deviceId", id);
        fields.put("deviceName", name);
        fields.put("twin", twin);
        if (profile != null) {
            fields.put("profile", profile);
        }
        if (claimCode != null) {
            fields.put("claimCode", claimCode);
        }
        return fields;
    }

    /** Each message in the error summary, linked to its field, and on the field itself (aria-invalid). */
    private static void assertErrors(String page, Map<String, String> errors) {
        assertTrue(page.contains("There is a problem"), page);
        errors.forEach((field, message) -> {
            assertTrue(page.contains("<a href=\"#" + field + "\">" + message + "</a>"), field + ": " + message
                    + " in the summary\n" + page);
            assertTrue(page.contains("id=\"" + field + "-error\""), field + " shows its error");
        });
        assertEquals(errors.size(), Pattern.compile("class=\"field__error\"").matcher(page).results().count(),
                "no other field is wrong");
    }

    private static String title(String page) {
        Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(page);
        return m.find() ? m.group(1) : "";
    }

    private static String twinOf(String owner) {
        HttpResponse<String> created = admin.postJson("/api/v1/twins", "{\"type\":\"front-door\",\"name\":\"Page "
                + "door\",\"owner\":\"" + owner + "\",\"linkType\":\"L1\"}", Map.of());
        assertEquals(201, created.statusCode(), created.body());
        return Json.object(created.body()).getString("id");
    }
}
