package org.citiverse.shared.domain;

import java.time.Duration;

/**
 * One allowance for the clocks of devices, the same in every context that reads their times: a time
 * further ahead of the platform's than this is not believed (the device layer and the twins refuse such
 * a reading; a twin would otherwise freeze at it), and a ring this much behind still counts as on time.
 */
public final class DeviceClocks {

    /** How far a device's clock may be off from the platform's. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private DeviceClocks() {
    }
}
