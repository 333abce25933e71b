package org.citiverse.device.domain;

import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A registered device as its reports see and change it, without its entity: who it is (status,
 * credential, profile, twin) and what every report updates — when it was last seen, how far its clock
 * is from ours, the firmware it names. The device pipeline reads and writes these for a whole batch
 * at once.
 */
public final class ReportingDevice {

    /** The reading a device names its firmware version with. */
    private static final String FIRMWARE = "firmware";

    private final String id;
    private final String profile;
    private final String twinId;
    private final DeviceStatus status;
    private final int credentialVersion;
    private Instant lastSeenAt;
    private Long clockOffsetMs;
    private Firmware firmware;
    private boolean firmwareChanged;

    public ReportingDevice(String id, String profile, String twinId, DeviceStatus status, int credentialVersion,
                           Instant lastSeenAt, Long clockOffsetMs, Firmware firmware) {
        this.id = id;
        this.profile = profile;
        this.twinId = twinId;
        this.status = status;
        this.credentialVersion = credentialVersion;
        this.lastSeenAt = lastSeenAt;
        this.clockOffsetMs = clockOffsetMs;
        this.firmware = firmware;
    }

    /**
     * A report arrived: when, and how far the device's clock is from ours — judged by the newest time
     * the device itself put on the report; a report without a time of its own leaves the offset as it was.
     */
    public void seen(Instant observedAt, Instant receivedAt) {
        this.lastSeenAt = receivedAt;
        if (observedAt != null) {
            this.clockOffsetMs = Duration.between(receivedAt, observedAt).toMillis();
        }
    }

    /**
     * A report the twin took: the firmware its readings name (a text value {@code firmware}), newest
     * last. A value that is no version ({@link Firmware#kept}) is ignored, as is one observed before the
     * version kept.
     */
    public void reported(List<Reading> readings) {
        for (Reading reading : readings) {
            if (reading.values().get(FIRMWARE) instanceof JsonString version) {
                Firmware kept = Firmware.kept(firmware, version.getString(), reading.observedAt());
                firmwareChanged |= kept != firmware;
                firmware = kept;
            }
        }
    }

    public boolean online(Instant now, Duration window) {
        return Device.online(lastSeenAt, now, window);
    }

    public String id() {
        return id;
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

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Long clockOffsetMs() {
        return clockOffsetMs;
    }

    /** The firmware it last named, or null. */
    public Firmware firmware() {
        return firmware;
    }

    /** Whether a report named a newer firmware since it was read (only then is it written). */
    public boolean firmwareChanged() {
        return firmwareChanged;
    }
}
