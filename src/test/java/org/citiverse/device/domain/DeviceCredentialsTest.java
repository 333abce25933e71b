package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Device access (FGMV-31 CommR-ReqR-1): derived credentials, signatures, rotation and revocation. */
class DeviceCredentialsTest {

    private final DeviceCredentials credentials = new DeviceCredentials("a-city-secret-of-enough-length");

    @Test
    void secretsAreDerivedPerDeviceAndVersionAndNeverNeedStoring() {
        String first = credentials.secretOf("bell-1", 1);
        assertEquals(first, new DeviceCredentials("a-city-secret-of-enough-length").secretOf("bell-1", 1),
                "the same server secret derives the same credential");
        assertEquals(43, first.length(), "256 bits, base64url");
        assertNotEquals(first, credentials.secretOf("bell-1", 2), "a rotated credential differs");
        assertNotEquals(first, credentials.secretOf("bell-2", 1), "another device's differs");
        assertNotEquals(first, new DeviceCredentials("another-city-secret-entirely").secretOf("bell-1", 1));
    }

    @Test
    void aSignatureHoldsOnlyForTheSameMessageAndCredential() {
        String secret = credentials.secretOf("bell-1", 3);
        String signature = DeviceCredentials.sign(secret, "m-1", "bell-1", "application/json", "{\"ring\":true}");
        assertTrue(credentials.verify(signature, 3, "m-1", "bell-1", "application/json", "{\"ring\":true}"));
        assertTrue(credentials.verify(" " + signature + " ", 3, "m-1", "bell-1", "application/json", "{\"ring\":true}"));
        assertFalse(credentials.verify(signature, 2, "m-1", "bell-1", "application/json", "{\"ring\":true}"),
                "signed with the credential before rotation");
        assertFalse(credentials.verify(signature, 3, "m-2", "bell-1", "application/json", "{\"ring\":true}"),
                "a replay under another message id");
        assertFalse(credentials.verify(signature, 3, "m-1", "bell-1", "application/json", "{\"ring\":false}"),
                "a changed body");
        assertFalse(credentials.verify(null, 3, "m-1", "bell-1", "application/json", "{\"ring\":true}"));
    }

    @Test
    void aServerWithoutASecretCannotIssueCredentials() {
        assertEquals(DeviceException.Reason.CREDENTIALS_NOT_CONFIGURED,
                assertThrows(DeviceException.class, () -> new DeviceCredentials("")).reason());
        assertThrows(DeviceException.class, () -> new DeviceCredentials("short"));
    }

    @Test
    void devicesRotateRevokeAndKnowWhenTheyWereSeen() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        Device bell = new Device("bell-1", "Front bell", "doorbell", null, "staff-1", now);
        assertEquals(DeviceStatus.ACTIVE, bell.status());
        bell.revoke();
        assertEquals(DeviceStatus.REVOKED, bell.status());
        bell.rotateCredential();
        assertEquals(DeviceStatus.ACTIVE, bell.status(), "a new credential reactivates");
        assertEquals(2, bell.credentialVersion());
        assertFalse(bell.online(now, Duration.ofMinutes(15)));
        ReportingDevice reporting = new ReportingDevice(bell.id(), bell.profile(), null, bell.status(),
                bell.credentialVersion(), null, null, null);
        reporting.seen(now.plusSeconds(3), now);
        assertEquals(3000L, reporting.clockOffsetMs(), "the device's clock runs 3 s ahead");
        reporting.seen(null, now);
        assertEquals(3000L, reporting.clockOffsetMs(), "a report without its own time (a description) keeps the offset");
        assertTrue(reporting.online(now.plusSeconds(600), Duration.ofMinutes(15)));
        assertFalse(reporting.online(now.plusSeconds(901), Duration.ofMinutes(15)));
        for (String[] bad : new String[][] {{"bell 1", "doorbell"}, {"", "doorbell"}, {"bell-1", "Doorbell"},
                {"x".repeat(101), "doorbell"}}) {
            assertThrows(DeviceException.class, () -> new Device(bad[0], "Bell", bad[1], null, "s", now));
        }
        assertThrows(DeviceException.class, () -> new Device("bell-1", " ", "doorbell", null, "s", now));
    }
}
