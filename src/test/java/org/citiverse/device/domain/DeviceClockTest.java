package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceClockTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:03:00Z");
    private static final Duration THRESHOLD = Duration.ofSeconds(30);

    @Test
    void theOffsetComesFromTheDevicesOwnTimeAndIsFlaggedBeyondTheThreshold() {
        ReportingDevice device = new ReportingDevice("lamp-1", "street-light", null, DeviceStatus.ACTIVE, 1, null,
                null, null);
        assertNull(device.clockOffsetMs(), "unknown before a timed report");
        assertFalse(Device.drifting(device.clockOffsetMs(), THRESHOLD));

        device.seen(NOW.minusSeconds(5), NOW);
        assertEquals(-5_000, device.clockOffsetMs(), "five seconds behind");
        assertFalse(Device.drifting(device.clockOffsetMs(), THRESHOLD));

        device.seen(null, NOW.plusSeconds(60));
        assertEquals(-5_000, device.clockOffsetMs(), "a report without a time of its own leaves it");
        assertEquals(NOW.plusSeconds(60), device.lastSeenAt());

        device.seen(NOW.plusSeconds(120), NOW.plusSeconds(61));
        assertTrue(Device.drifting(device.clockOffsetMs(), THRESHOLD), "59 s ahead");
        device.seen(NOW.minusSeconds(31), NOW);
        assertTrue(Device.drifting(device.clockOffsetMs(), THRESHOLD), "31 s behind");
    }
}
