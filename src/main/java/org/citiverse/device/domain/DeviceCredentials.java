package org.citiverse.device.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Device credentials (FGMV-31 device access) and message signatures. A device's secret is derived
 * from the server's secret, its id and the credential's version, so no device secret is ever
 * stored: rotating bumps the version, which makes the old secret worthless at once. A message is
 * signed with HMAC-SHA256 over its id, device id, content type and body (docs/DEVICE-PROTOCOL.md).
 */
public final class DeviceCredentials {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] serverSecret;

    /** @throws DeviceException when the server has no secret to derive credentials from */
    public DeviceCredentials(String serverSecret) {
        if (serverSecret == null || serverSecret.length() < 16) {
            throw new DeviceException(DeviceException.Reason.CREDENTIALS_NOT_CONFIGURED);
        }
        this.serverSecret = serverSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** The secret of one version of a device's credential (base64url, 43 characters). */
    public String secretOf(String deviceId, int version) {
        return BASE64URL.encodeToString(hmac(serverSecret, "device-credential\n" + deviceId + "\n" + version));
    }

    /** The signature a device with this secret puts on a message. */
    public static String sign(String secret, String messageId, String deviceId, String contentType, String body) {
        return BASE64URL.encodeToString(hmac(secret.getBytes(StandardCharsets.UTF_8),
                messageId + "\n" + deviceId + "\n" + contentType + "\n" + body));
    }

    /** Whether the signature is the one this version of the device's credential makes (constant time). */
    public boolean verify(String signature, int version, String messageId, String deviceId, String contentType,
                          String body) {
        if (signature == null) {
            return false;
        }
        String expected = sign(secretOf(deviceId, version), messageId, deviceId, contentType, body);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
