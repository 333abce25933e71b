package org.citiverse.device.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.shared.domain.Sha256;

/**
 * A one-time code with which a household takes a registered device into its home (self-registration,
 * FGMV-31 device access). Staff hand it over with the device; a member enters it, once, before it
 * expires. Only its hash is stored. Codes are 16 characters of Crockford's base32 (no I, L, O or U)
 * shown in groups of four, so people can read them off a label and type them without mix-ups.
 */
@Entity
@Table(name = "device_claim_code")
public class ClaimCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "device_id", nullable = false, length = 100)
    private String deviceId;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    @Column(name = "issued_by", nullable = false, length = 255)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "household_id")
    private UUID householdId;

    @Version
    private int version;

    protected ClaimCode() {
        // for JPA
    }

    private ClaimCode(String deviceId, String codeHash, String issuedBy, Instant now, Duration valid) {
        this.id = UUID.randomUUID();
        this.deviceId = deviceId;
        this.codeHash = codeHash;
        this.issuedBy = issuedBy;
        this.issuedAt = now;
        this.expiresAt = now.plus(valid);
    }

    /** A new code for a device that no household has claimed; the code exists only in the returned value. */
    public static Issued issue(Device device, String issuedBy, Instant now, Duration valid) {
        if (device.claimed()) {
            throw new DeviceException(DeviceException.Reason.ALREADY_CLAIMED);
        }
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String shown = code.toString();
        return new Issued(new ClaimCode(device.id(), hash(normalise(shown).orElseThrow()), issuedBy, now, valid),
                shown);
    }

    /** The stored code and the code to hand over with the device. */
    public record Issued(ClaimCode claimCode, String code) {
    }

    /**
     * A code as typed, in the one form it is hashed in: case, spaces and dashes do not matter, and
     * the letters people mistake for digits (I, L, O) count as those digits. Empty when it cannot be a code.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('I', '1').replace('L', '1').replace('O', '0');
        boolean wellFormed = code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
        return wellFormed ? Optional.of(code) : Optional.empty();
    }

    /** How a normalised code is looked up: never stored or compared in clear. */
    public static String hash(String normalisedCode) {
        return Sha256.hex(normalisedCode);
    }

    /** Refuses a code that was used or has expired (or was replaced by a newer one). */
    public void requireUsable(Instant now) {
        if (usedAt != null) {
            throw new DeviceException(DeviceException.Reason.CLAIM_CODE_USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new DeviceException(DeviceException.Reason.CLAIM_CODE_EXPIRED);
        }
    }

    /** The household took the device with this code; it never works again. */
    public void use(UUID household, Instant now) {
        requireUsable(now);
        this.usedAt = now;
        this.householdId = household;
    }

    /** A newer code for the device replaces this one: only the latest works. */
    public void replace(Instant now) {
        if (usedAt == null && now.isBefore(expiresAt)) {
            expiresAt = now;
        }
    }

    public String deviceId() {
        return deviceId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
