package org.citiverse.device.application;

import java.time.Instant;

/** A device's claim code just made: shown this once, to hand over with the device. */
public record NewClaimCode(String deviceId, String code, Instant expiresAt) {
}
