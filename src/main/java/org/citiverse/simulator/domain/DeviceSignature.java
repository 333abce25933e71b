package org.citiverse.simulator.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a device puts on its messages, as docs/DEVICE-PROTOCOL.md defines it — written here
 * from the document, as a gateway vendor would, not borrowed from the platform's checking side.
 */
public final class DeviceSignature {

    private DeviceSignature() {
    }

    /** base64url(HMAC-SHA256(secret, messageId \n deviceId \n contentType \n body)), no padding. */
    public static String of(String secret, String messageId, String deviceId, String contentType, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(String.join("\n", messageId, deviceId, contentType, body)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
