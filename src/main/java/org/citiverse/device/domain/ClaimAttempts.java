package org.citiverse.device.domain;

import java.time.Duration;

/** How many wrong claim codes a household may enter: a few typing mistakes, not enough to guess codes. */
public final class ClaimAttempts {

    /** Wrong codes a household may enter within {@link #WINDOW} before it must wait. */
    public static final int MAX_FAILED = 10;
    public static final Duration WINDOW = Duration.ofHours(1);

    private ClaimAttempts() {
    }

    /** Whether a household that entered this many wrong codes within the window must wait. */
    public static boolean tooMany(long recentFailures) {
        return recentFailures >= MAX_FAILED;
    }
}
