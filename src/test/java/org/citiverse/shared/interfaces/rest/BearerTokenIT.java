package org.citiverse.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens from the city's Keycloak on the REST API (client-credentials service accounts):
 * the right token works, every wrong one is a 401 (or 403 for a valid token without the role),
 * and rejected tokens never end up in the log.
 */
class BearerTokenIT {

    private static final String REALM = "citiverse";

    private final PortalClient api = new PortalClient(TestServers.postgres());

    @Test
    void aGatewayTokenSubmitsAReportThatIsIngested() {
        String token = Tokens.clientCredentials(REALM, "citiverse-gateway", "demo-gateway-secret");
        String id = "token-" + UUID.randomUUID();
        assertEquals(202, submit(token, id).statusCode());
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        Eventually.await(Duration.ofSeconds(30), "the report in the journal",
                () -> admin.get("/api/device/messages/" + id).statusCode() == 200 ? true : null);
    }

    @Test
    void aValidTokenWithoutTheRoleIsForbidden() {
        String citizenApp = Tokens.clientCredentials(REALM, "citiverse-citizen-app", "demo-citizen-app-secret");
        assertEquals(403, submit(citizenApp, "token-" + UUID.randomUUID()).statusCode());
    }

    @Test
    void tokensForAnotherAudienceOrIssuerAreRejected() {
        assertEquals(401, submit(Tokens.clientCredentials(REALM, "citiverse-no-audience", "demo-no-audience-secret"),
                "token-" + UUID.randomUUID()).statusCode(), "no citiverse-api audience");
        assertEquals(401, submit(Tokens.clientCredentials("elsewhere", "elsewhere-gateway", "demo-elsewhere-secret"),
                "token-" + UUID.randomUUID()).statusCode(), "another realm's issuer and keys");
    }

    @Test
    void forgedUnsignedAndGarbageTokensAreRejected() {
        String real = Tokens.clientCredentials(REALM, "citiverse-gateway", "demo-gateway-secret");
        assertEquals(401, submit(Tokens.resignedWithAForeignKey(real), "token-" + UUID.randomUUID()).statusCode(),
                "foreign signature");
        assertEquals(401, submit(Tokens.unsigned(real), "token-" + UUID.randomUUID()).statusCode(), "alg none");
        assertEquals(401, submit("not.a.token", "token-" + UUID.randomUUID()).statusCode(), "garbage");
        assertEquals(401, submit("x".repeat(16_000), "token-" + UUID.randomUUID()).statusCode(), "oversized");
    }

    @Test
    void rejectedRealTokensNeverReachTheLog() throws IOException {
        // Validly signed tokens that are refused here could still be credentials elsewhere.
        String otherAudience = Tokens.clientCredentials(REALM, "citiverse-no-audience", "demo-no-audience-secret");
        String otherIssuer = Tokens.clientCredentials("elsewhere", "elsewhere-gateway", "demo-elsewhere-secret");
        assertEquals(401, submit(otherAudience, "token-" + UUID.randomUUID()).statusCode());
        assertEquals(401, submit(otherIssuer, "token-" + UUID.randomUUID()).statusCode());
        String log = Files.readString(TestServers.libertyHome().resolve("usr/servers/citiverse-it/logs/messages.log"));
        assertFalse(log.contains(signatureOf(otherAudience)), "token of another audience logged");
        assertFalse(log.contains(signatureOf(otherIssuer)), "token of another issuer logged");
    }

    private static String signatureOf(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }

    @Test
    void anExpiredTokenIsRejected() throws InterruptedException {
        // This client's tokens live 2 s; the test server allows 1 s of clock skew.
        String token = Tokens.clientCredentials(REALM, "citiverse-short-lived", "demo-short-lived-secret");
        long waitMillis = (Tokens.expiry(token) + 2) * 1000 - Instant.now().toEpochMilli();
        Thread.sleep(Math.max(0, waitMillis));
        assertEquals(401, submit(token, "token-" + UUID.randomUUID()).statusCode());
    }

    @Test
    void theTokenDecidesEvenWithASessionCookie() {
        // A signed-in admin session does not rescue a bad token.
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        HttpResponse<String> response = admin.postJson("/api/device/messages", "{}", Map.of(
                "Authorization", "Bearer not.a.token", "X-Message-Id", "token-" + UUID.randomUUID(),
                "X-Device-Id", "door-1"));
        assertEquals(401, response.statusCode());
        assertTrue(admin.get("/api/device/messages/dead-letters").statusCode() == 200, "the session itself still works");
    }

    /** A registered device, so a refusal here is about the token, never the report. */
    private static final org.citiverse.testsupport.Devices.Device DOOR = org.citiverse.testsupport.Devices.register(
            new PortalClient(TestServers.postgres()).signIn("staff"), "token-door", "door", null);

    private HttpResponse<String> submit(String token, String messageId) {
        return api.postJson("/api/device/messages", "{\"open\":true}", Map.of("Authorization", "Bearer " + token,
                "X-Message-Id", messageId, "X-Device-Id", DOOR.id(),
                "X-Signature", DOOR.sign(messageId, "application/json", "{\"open\":true}")));
    }
}
