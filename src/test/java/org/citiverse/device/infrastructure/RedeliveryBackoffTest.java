package org.citiverse.device.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedeliveryBackoffTest {

    @Test
    void doublesPerAttemptFromTheBase() {
        assertEquals(1000, RedeliveryBackoff.pauseMillis(1000, 1));
        assertEquals(2000, RedeliveryBackoff.pauseMillis(1000, 2));
        assertEquals(8000, RedeliveryBackoff.pauseMillis(1000, 4));
    }

    @Test
    void isCappedSoATransactionNeverTimesOut() {
        assertEquals(RedeliveryBackoff.MAX_PAUSE_MILLIS, RedeliveryBackoff.pauseMillis(1000, 6));
        assertEquals(RedeliveryBackoff.MAX_PAUSE_MILLIS, RedeliveryBackoff.pauseMillis(1000, 1_000));
    }

    @Test
    void zeroOrNonsenseMeansNoPause() {
        assertEquals(0, RedeliveryBackoff.pauseMillis(0, 3));
        assertEquals(0, RedeliveryBackoff.pauseMillis(1000, 0));
    }
}
