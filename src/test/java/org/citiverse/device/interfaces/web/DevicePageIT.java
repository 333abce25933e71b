package org.citiverse.device.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Households;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The device page as staff use it: what a device sent lately, a new secret shown once (the old one
 * stops working, the new one works), a household claim code shown once (the earlier one stops
 * working, the new one works), revocation; staff who do not administer the device's twin see it
 * without the buttons.
 */
class DevicePageIT {

    private static final PortalClient GATEWAY = new PortalClient(TestServers.postgres())
            .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));

    @Test
    void reportsAreListedAndANewSecretIsShownOnceAndWorks() {
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        String twin = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"water-level-sensor\",\"name\":\"Page "
                + "gauge\",\"owner\":\"department:roads\",\"linkType\":\"L1\",\"properties\":{\"level\":\"NUMBER\"}}",
                Map.of()).body()).getString("id");
        Devices.Device gauge = Devices.register(admin, "pagegauge", "water-level", twin);
        String first = "page-" + UUID.randomUUID();
        assertEquals(202, gauge.report(GATEWAY, first, "application/json", "{\"level\":4}").statusCode());
        String page = Eventually.await(Duration.ofSeconds(30), "the report on the device page", () -> {
            String body = admin.get("/staff/device.xhtml?id=" + gauge.id()).body();
            return body.contains(first) ? body : null;
        });
        assertTrue(page.contains("Issue a new secret"), "an administrator of the twin may rotate");

        HttpResponse<String> rotated = admin.submit(page, "credential", "Issue a new secret", Map.of());
        assertEquals(200, rotated.statusCode());
        Matcher secret = Pattern.compile("id=\"device-secret\"[^>]*>([A-Za-z0-9_-]{43})<").matcher(rotated.body());
        assertTrue(secret.find(), "the new secret, once");
        assertFalse(admin.get("/staff/device.xhtml?id=" + gauge.id()).body().contains(secret.group(1)),
                "and never again");

        Devices.Device renewed = new Devices.Device(gauge.id(), secret.group(1));
        assertEquals(403, gauge.report(GATEWAY, "page-" + UUID.randomUUID(), "application/json", "{\"level\":5}")
                .statusCode(), "the old secret stopped working");
        assertEquals(202, renewed.report(GATEWAY, "page-" + UUID.randomUUID(), "application/json", "{\"level\":6}")
                .statusCode());

        HttpResponse<String> revoked = admin.follow(admin.submit(rotated.body(), "credential", "Revoke the device",
                Map.of()));
        assertTrue(revoked.body().contains("The device is revoked."), revoked.body());
        assertFalse(revoked.body().contains("Issue a new secret"), "nothing more to rotate");
        assertEquals(403, renewed.report(GATEWAY, "page-" + UUID.randomUUID(), "application/json", "{\"level\":7}")
                .statusCode());
    }

    @Test
    void aClaimCodeIsShownOnceReplacesTheEarlierOneAndWorks() {
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        String id = "pagebell-" + UUID.randomUUID().toString().substring(0, 8);
        String earlier = Json.object(admin.postJson("/api/v1/devices", "{\"id\":\"" + id + "\",\"name\":\"Page bell\","
                + "\"profile\":\"doorbell\",\"claimCode\":true}", Map.of()).body()).getJsonObject("claimCode")
                .getString("code");
        String page = admin.get("/staff/device.xhtml?id=" + id).body();
        assertFalse(new PortalClient(TestServers.postgres()).signIn("staff").get("/staff/device.xhtml?id=" + id).body()
                .contains("Issue a claim code"), "a device without a twin is the city administrators' to hand out");

        HttpResponse<String> issued = admin.submit(page, "claim", "Issue a claim code", Map.of());
        assertEquals(200, issued.statusCode());
        assertTrue(issued.body().contains("A new claim code was issued."), issued.body());
        Matcher code = Pattern.compile("id=\"claim-code\"[^>]*>([0-9A-Z]{4}(-[0-9A-Z]{4}){3})<").matcher(issued.body());
        assertTrue(code.find(), "the new code, once");
        assertFalse(admin.get("/staff/device.xhtml?id=" + id).body().contains(code.group(1)), "and never again");

        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        String household = Households.create(citizen, "Page claim home");
        assertEquals(400, claim(citizen, household, earlier).statusCode(), "the earlier code stopped working");
        assertEquals(201, claim(citizen, household, code.group(1)).statusCode());
        String claimed = admin.get("/staff/device.xhtml?id=" + id).body();
        assertTrue(claimed.contains("A household has added this device to its home."), claimed);
        assertFalse(claimed.contains("Issue a claim code"), "no code for a claimed device");
    }

    private static HttpResponse<String> claim(PortalClient citizen, String household, String code) {
        return citizen.postJson("/api/households/" + household + "/devices", "{\"claimCode\":\"" + code + "\"}",
                Map.of());
    }

    @Test
    void staffWhoDoNotAdministerTheTwinSeeButCannotChange() {
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        String twin = Json.object(admin.postJson("/api/v1/twins", "{\"type\":\"street-light\",\"name\":\"Page lamp\","
                + "\"owner\":\"department:waste\",\"linkType\":\"L1\"}", Map.of()).body()).getString("id");
        Devices.Device lamp = Devices.register(admin, "pagelamp", "street-light", twin);
        String page = new PortalClient(TestServers.postgres()).signIn("staff").get("/staff/device.xhtml?id="
                + lamp.id()).body();
        assertTrue(page.contains(lamp.id()) && page.contains("No report accepted yet."), page);
        assertFalse(page.contains("Issue a new secret"), "no rotation for staff outside the twin's department");
        assertFalse(page.contains("Issue a claim code"), "nor a claim code");
        assertEquals(404, admin.get("/staff/device.xhtml?id=no-such-device").statusCode());
    }
}
