package org.citiverse.device.application;

import java.time.Instant;
import org.citiverse.device.domain.DeviceStatus;

/**
 * A registered device as staff see it; never its secret, nor which household claimed it.
 *
 * @param describedAt when it last described itself (null: its profile describes it, if anything)
 * @param firmware the firmware version it last named (null: it never did)
 */
public record DeviceView(String id, String name, String profile, String twinId, DeviceStatus status,
                         int credentialVersion, Instant registeredAt, Instant lastSeenAt, boolean online,
                         Long clockOffsetMs, boolean clockDrifting, Instant describedAt, boolean claimed,
                         String firmware) {
}
