package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Claim codes: their form, how typed codes are read, and when one works (once, before it expires). */
class ClaimCodeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static Device device() {
        return new Device("bell-1", "Bell", "doorbell", null, "staff", NOW);
    }

    @Test
    void aCodeIsSixteenUnambiguousCharactersInGroupsOfFourAndOnlyItsHashIsKept() {
        ClaimCode.Issued issued = ClaimCode.issue(device(), "staff", NOW, WEEK);
        assertTrue(issued.code().matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), issued.code());
        assertEquals(NOW.plus(WEEK), issued.claimCode().expiresAt());
        assertNotEquals(issued.code(), ClaimCode.hash(ClaimCode.normalise(issued.code()).orElseThrow()));
        assertEquals(64, ClaimCode.hash("ABCD").length());
        assertNotEquals(issued.code(), ClaimCode.issue(device(), "staff", NOW, WEEK).code());
    }

    @Test
    void aTypedCodeIsReadAsPeopleTypeIt() {
        assertEquals(Optional.of("ABCD0123456789XY"), ClaimCode.normalise(" abcd-0123 4567-89xy "));
        assertEquals(Optional.of("1100ABCDEFGHJKMN"), ClaimCode.normalise("ILoO-ABCD-EFGH-JKMN"), "I, L and O are digits");
        assertEquals(Optional.empty(), ClaimCode.normalise("ABCD-EFGH-JKMN"), "too short");
        assertEquals(Optional.empty(), ClaimCode.normalise("ABCD-EFGH-JKMN-PQRU"), "U is not in the alphabet");
        assertEquals(Optional.empty(), ClaimCode.normalise("ABCD;EFGH-JKMN-PQRS"));
        assertEquals(Optional.empty(), ClaimCode.normalise(null));
        assertEquals(Optional.empty(), ClaimCode.normalise("A".repeat(41)));
    }

    @Test
    void aCodeWorksOnceBeforeItExpires() {
        ClaimCode code = ClaimCode.issue(device(), "staff", NOW, WEEK).claimCode();
        code.use(UUID.randomUUID(), NOW.plusSeconds(60));
        DeviceException used = assertThrows(DeviceException.class, () -> code.requireUsable(NOW.plusSeconds(61)));
        assertEquals(DeviceException.Reason.CLAIM_CODE_USED, used.reason());

        ClaimCode late = ClaimCode.issue(device(), "staff", NOW, WEEK).claimCode();
        DeviceException expired = assertThrows(DeviceException.class,
                () -> late.use(UUID.randomUUID(), NOW.plus(WEEK)));
        assertEquals(DeviceException.Reason.CLAIM_CODE_EXPIRED, expired.reason());
    }

    @Test
    void aNewerCodeReplacesAnOpenOne() {
        ClaimCode older = ClaimCode.issue(device(), "staff", NOW, WEEK).claimCode();
        older.replace(NOW.plusSeconds(5));
        assertEquals(DeviceException.Reason.CLAIM_CODE_EXPIRED,
                assertThrows(DeviceException.class, () -> older.requireUsable(NOW.plusSeconds(5))).reason());
    }

    @Test
    void noCodeForADeviceAHouseholdHasAlready() {
        Device claimed = device();
        claimed.claim(UUID.randomUUID(), UUID.randomUUID(), true, NOW);
        assertEquals(DeviceException.Reason.ALREADY_CLAIMED,
                assertThrows(DeviceException.class, () -> ClaimCode.issue(claimed, "staff", NOW, WEEK)).reason());
        assertEquals(DeviceException.Reason.ALREADY_CLAIMED, assertThrows(DeviceException.class,
                () -> claimed.claim(UUID.randomUUID(), UUID.randomUUID(), false, NOW)).reason());
        claimed.unclaim();
        ClaimCode.issue(claimed, "staff", NOW, WEEK);
    }

    @Test
    void tenWrongCodesAnHourAreTheLimit() {
        assertFalse(ClaimAttempts.tooMany(9));
        assertTrue(ClaimAttempts.tooMany(10));
        assertEquals(Duration.ofHours(1), ClaimAttempts.WINDOW);
    }
}
