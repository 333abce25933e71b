package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.citiverse.shared.domain.DeviceClocks;
import org.junit.jupiter.api.Test;

class ReadingBoundsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");
    private static final JsonObject ON = Json.createObjectBuilder().add("on", true).build();
    private static final Reading ON_TIME = new Reading(NOW, ON);
    private final ReadingBounds bounds = new ReadingBounds(Duration.ofDays(365));

    @Test
    void readingsWithinTheHistoryAndAClocksSlackPass() {
        bounds.check(List.of(new Reading(NOW.minus(Duration.ofDays(364)), ON),
                new Reading(NOW.plus(DeviceClocks.MAX_SKEW), Json.createObjectBuilder().add("level", 1.7e308)
                        .add("note", "1e400").build())), NOW);
    }

    @Test
    void aReadingFromBeforeTheHistoryOrTooFarAheadIsRefused() {
        assertEquals(Rejection.OBSERVED_TOO_LONG_AGO, refusal(new Reading(Instant.EPOCH, ON)));
        assertEquals(Rejection.OBSERVED_IN_FUTURE, refusal(new Reading(NOW.plus(DeviceClocks.MAX_SKEW).plusMillis(1), ON)));
        assertEquals(Rejection.OBSERVED_IN_FUTURE, refusal(new Reading(Instant.parse("+999999999-12-31T23:59:59Z"), ON)),
                "a year no duration reaches is refused before anything computes the device's clock offset");
    }

    @Test
    void aNumberNoDoubleHoldsIsRefused() {
        assertEquals(Rejection.NUMBER_OUT_OF_RANGE, refusal(new Reading(NOW, Json.createObjectBuilder()
                .add("level", new BigDecimal("1e400")).build())));
        assertEquals(Rejection.NUMBER_OUT_OF_RANGE, refusal(new Reading(NOW, Json.createObjectBuilder()
                .add("level", new BigDecimal("-2e308")).build())));
    }

    private Rejection refusal(Reading reading) {
        return assertThrows(InvalidDeviceMessageException.class, () -> bounds.check(List.of(ON_TIME, reading), NOW))
                .rejection();
    }
}
