package org.citiverse.complaint.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubmissionLimitsTest {

    private static SubmissionLimits limits(int senderBurst, int addressBurst) {
        SubmissionLimits limits = new SubmissionLimits();
        limits.senderBurst = senderBurst;
        limits.senderPerMinute = 1;
        limits.addressBurst = addressBurst;
        limits.addressPerMinute = 1;
        return limits;
    }

    @Test
    void oneSenderFloodingIsStoppedWhileOthersGoOn() {
        SubmissionLimits limits = limits(2, 100);
        limits.take("key-a", "10.0.0.1");
        limits.take("key-a", "10.0.0.1");
        TooManySubmissions refused = assertThrows(TooManySubmissions.class, () -> limits.take("key-a", "10.0.0.1"));
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60, refused.getMessage());
        assertDoesNotThrow(() -> limits.take("key-b", "10.0.0.1"), "another app from the same address");
    }

    @Test
    void oneAddressFloodingWithManyKeysIsStoppedToo() {
        SubmissionLimits limits = limits(100, 3);
        limits.take("key-1", "192.0.2.7");
        limits.take("key-2", "192.0.2.7");
        limits.take("key-3", "192.0.2.7");
        assertThrows(TooManySubmissions.class, () -> limits.take("key-4", "192.0.2.7"));
        assertDoesNotThrow(() -> limits.take("key-4", "192.0.2.8"), "another address");
    }
}
