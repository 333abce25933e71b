package org.citiverse.device.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.citiverse.shared.domain.PlainText;

/**
 * A registered device (FGMV-31 device access): its id (as its messages carry it), a name, a
 * profile (what kind of device: doorbell, street-light, …), the twin it reports for, whether it
 * is active, and the version of its credential. Online means seen within a window. It may have
 * described itself (a Thing Description, IR-RecR-2), said which firmware it runs, and may belong to a
 * household that claimed it.
 */
@Entity
@Table(name = "device_registration")
public class Device {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern PROFILE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** The longest firmware version kept; a longer value is not taken for one. */
    public static final int MAX_FIRMWARE = Firmware.MAX_LENGTH;

    @Id
    @Column(name = "device_id", length = 100)
    private String id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "profile", nullable = false, length = 40)
    private String profile;

    @Column(name = "twin_id", length = 60)
    private String twinId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private DeviceStatus status;

    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;

    @Column(name = "registered_by", nullable = false, length = 255)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    // Every report updates these two; they do not bump the version, so reports of one device taken in
    // parallel do not fail each other (or queue behind a row lock) while a credential change still does.
    @Column(name = "last_seen_at")
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Instant lastSeenAt;

    /** Device clock minus ours at the last report, in milliseconds (positive: the device runs ahead). */
    @Column(name = "clock_offset_ms")
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Long clockOffsetMs;

    /** Its own Thing Description as the platform read it (see {@link ThingDescription#toJson}). */
    @Column(name = "description")
    private String description;

    @Column(name = "described_at")
    private Instant describedAt;

    /**
     * The firmware it last said it runs, and the time it said so (so a late report cannot bring back an
     * older version). Reports change these, so like the last-seen time they leave the version alone.
     */
    @Column(name = "firmware", length = MAX_FIRMWARE)
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private String firmware;

    @Column(name = "firmware_at")
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private Instant firmwareAt;

    /** The household that claimed it, the grant that gave the household its twin, whether the claim made that twin. */
    @Column(name = "household_id")
    private UUID householdId;

    @Column(name = "claim_grant_id")
    private UUID claimGrantId;

    @Column(name = "claim_twin_created", nullable = false)
    private boolean claimTwinCreated;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Version
    private int version;

    protected Device() {
        // for JPA
    }

    public Device(String id, String name, String profile, String twinId, String registeredBy, Instant now) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DeviceException(DeviceException.Reason.ID_INVALID);
        }
        if (profile == null || !PROFILE.matcher(profile).matches()) {
            throw new DeviceException(DeviceException.Reason.PROFILE_INVALID);
        }
        this.id = id;
        this.name = validName(name);
        this.profile = profile;
        this.twinId = twinId;
        this.status = DeviceStatus.ACTIVE;
        this.credentialVersion = 1;
        this.registeredBy = registeredBy;
        this.registeredAt = now;
    }

    private static String validName(String name) {
        String clean = PlainText.clean(name, 120);
        if (clean == null) {
            throw new DeviceException(DeviceException.Reason.NAME_INVALID);
        }
        return clean;
    }

    /** A new credential: the previous one stops working at once, and a revoked device is active again. */
    public void rotateCredential() {
        credentialVersion++;
        status = DeviceStatus.ACTIVE;
    }

    /** The device's messages are refused from now on. */
    public void revoke() {
        status = DeviceStatus.REVOKED;
    }

    /**
     * The device described itself; this description stands until its next one. Its version
     * ({@code version.instance}) is the firmware it runs.
     */
    public void describe(ThingDescription td, Instant now) {
        this.description = td.toJson().toString();
        this.describedAt = now;
        td.instanceVersion().ifPresent(v -> firmware(v, now));
    }

    private void firmware(String version, Instant observedAt) {
        Firmware kept = Firmware.kept(firmware == null ? null : new Firmware(firmware, firmwareAt), version, observedAt);
        if (kept != null) {
            this.firmware = kept.version();
            this.firmwareAt = kept.namedAt();
        }
    }

    /** What describes the device: its own description, else its built-in profile's, if either. */
    public Optional<ThingDescription> description() {
        return description != null ? Optional.of(ThingDescription.parse(description))
                : DeviceProfiles.find(profile);
    }

    /** It reports for this twin from now on. */
    public void linkTo(String twin) {
        this.twinId = twin;
    }

    /** It reports for no twin (the twin is gone). */
    public void unlink() {
        this.twinId = null;
    }

    /**
     * A household took it into its home: the grant that gave the household its twin, and whether
     * the claim made that twin (an unclaim then removes it again).
     */
    public void claim(UUID household, UUID grant, boolean twinCreated, Instant now) {
        if (claimed()) {
            throw new DeviceException(DeviceException.Reason.ALREADY_CLAIMED);
        }
        this.householdId = household;
        this.claimGrantId = grant;
        this.claimTwinCreated = twinCreated;
        this.claimedAt = now;
    }

    /** The household let it go; the device keeps its credential and may be claimed again with a new code. */
    public void unclaim() {
        this.householdId = null;
        this.claimGrantId = null;
        this.claimTwinCreated = false;
        this.claimedAt = null;
    }

    public boolean claimed() {
        return householdId != null;
    }

    /** Its clock is further from ours than the threshold (either way), as of its last timed report. */
    public boolean clockDrifting(Duration threshold) {
        return drifting(clockOffsetMs, threshold);
    }

    static boolean drifting(Long clockOffsetMs, Duration threshold) {
        return clockOffsetMs != null && Math.abs(clockOffsetMs) > threshold.toMillis();
    }

    public boolean online(Instant now, Duration window) {
        return online(lastSeenAt, now, window);
    }

    /** Online: seen within the window. */
    static boolean online(Instant lastSeenAt, Instant now, Duration window) {
        return lastSeenAt != null && !lastSeenAt.isBefore(now.minus(window));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String profile() {
        return profile;
    }

    public String twinId() {
        return twinId;
    }

    public DeviceStatus status() {
        return status;
    }

    public int credentialVersion() {
        return credentialVersion;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Long clockOffsetMs() {
        return clockOffsetMs;
    }

    public Instant describedAt() {
        return describedAt;
    }

    /** The firmware version it last named, or null. */
    public String firmware() {
        return firmware;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID claimGrantId() {
        return claimGrantId;
    }

    public boolean claimTwinCreated() {
        return claimTwinCreated;
    }

    public Instant claimedAt() {
        return claimedAt;
    }
}
