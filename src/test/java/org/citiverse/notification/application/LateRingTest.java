package org.citiverse.notification.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.citiverse.shared.domain.DeviceClocks;
import org.junit.jupiter.api.Test;

class LateRingTest {

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(120);

    @Test
    void aRingIsLateOnlyOnceItsAnswerTimeAndAClocksSlackHavePassed() {
        assertFalse(GuestNotifications.late(NOW, ANSWER_WITHIN, NOW));
        assertFalse(GuestNotifications.late(NOW.minus(ANSWER_WITHIN).minus(DeviceClocks.MAX_SKEW), ANSWER_WITHIN,
                NOW), "a doorbell whose clock is a few minutes behind still calls the household");
        assertTrue(GuestNotifications.late(NOW.minus(ANSWER_WITHIN).minus(DeviceClocks.MAX_SKEW).minusMillis(1),
                ANSWER_WITHIN, NOW));
        assertTrue(GuestNotifications.late(NOW.minus(Duration.ofDays(40)), ANSWER_WITHIN, NOW), "a replay");
    }
}
