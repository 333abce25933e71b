package org.citiverse.testsupport;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Devices as a gateway vendor would build them from docs/DEVICE-PROTOCOL.md: registered by staff
 * (the secret comes back once) and signing their messages with HMAC-SHA256 — computed here on its
 * own, so the tests notice if the server's signature ever drifts from the documented one.
 */
public final class Devices {

    private Devices() {
    }

    /** A registered device: its id and secret. */
    public record Device(String id, String secret) {

        /** The signature header value of a message from this device. */
        public String sign(String messageId, String contentType, String body) {
            return Devices.sign(secret, messageId, id, contentType, body);
        }

        /** Posts a signed report over HTTPS as a gateway. */
        public HttpResponse<String> report(PortalClient gateway, String messageId, String contentType, String body) {
            return gateway.post("/api/device/messages", contentType, body, Map.of("X-Message-Id", messageId,
                    "X-Device-Id", id, "X-Signature", sign(messageId, contentType, body)));
        }
    }

    /** Registers a new device (of a fresh id with this prefix), linked to the twin when one is given. */
    public static Device register(PortalClient staff, String prefix, String profile, String twinId) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = staff.postJson("/api/v1/devices", "{\"id\":\"" + id + "\",\"name\":\"Test "
                + profile + "\",\"profile\":\"" + profile + "\"" + (twinId == null ? "" : ",\"twin\":\"" + twinId + "\"")
                + "}", Map.of());
        if (response.statusCode() != 201) {
            throw new AssertionError("registering " + id + ": " + response.statusCode() + " " + response.body());
        }
        return new Device(id, Json.object(response.body()).getJsonObject("credential").getString("secret"));
    }

    /** base64url(HMAC-SHA256(secret, messageId \n deviceId \n contentType \n body)), as documented. */
    public static String sign(String secret, String messageId, String deviceId, String contentType, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "\n" + deviceId + "\n" + contentType + "\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
