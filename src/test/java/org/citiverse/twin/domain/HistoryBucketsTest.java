package org.citiverse.twin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Downsampled twin history (REQ-DT-02..04: a twin's data over time, readable at any range). */
class HistoryBucketsTest {

    private static final Instant FROM = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void summarisesEachPropertyPerBucketAndLeavesEmptyBucketsOut() {
        HistoryBuckets history = new HistoryBuckets(FROM, FROM.plus(Duration.ofDays(1)), Duration.ofHours(1));
        history.add(FROM.plusSeconds(60), Json.createObjectBuilder().add("level", 2).add("open", false).build());
        history.add(FROM.plusSeconds(120), Json.createObjectBuilder().add("level", 6).build());
        history.add(FROM.plusSeconds(3599), Json.createObjectBuilder().add("level", 4).add("open", true).build());
        history.add(FROM.plus(Duration.ofHours(5)), Json.createObjectBuilder().add("level", 1.5).build());

        List<HistoryBuckets.Bucket> buckets = history.buckets();
        assertEquals(2, buckets.size(), "hours without reports are not invented");
        HistoryBuckets.Bucket first = buckets.get(0);
        assertEquals(FROM, first.start());
        assertEquals(3, first.count());
        HistoryBuckets.Summary level = first.values().get("level");
        assertEquals(2, level.min());
        assertEquals(6, level.max());
        assertEquals(4, level.mean(), 1e-9);
        assertEquals(Json.createValue(4), level.last());
        HistoryBuckets.Summary open = first.values().get("open");
        assertFalse(open.numeric(), "a boolean has a last value only");
        assertEquals(jakarta.json.JsonValue.TRUE, open.last());
        assertEquals(FROM.plus(Duration.ofHours(5)), buckets.get(1).start());
        assertTrue(buckets.get(1).values().get("level").numeric());
    }

    @Test
    void refusesEmptyRangesAndTooManyBuckets() {
        Instant to = FROM.plus(Duration.ofDays(1));
        assertThrows(TwinException.class, () -> new HistoryBuckets(to, FROM, Duration.ofHours(1)));
        assertThrows(TwinException.class, () -> new HistoryBuckets(FROM, to, Duration.ZERO));
        assertThrows(TwinException.class, () -> new HistoryBuckets(FROM, to, Duration.ofSeconds(-60)));
        assertThrows(TwinException.class, () -> new HistoryBuckets(FROM, to, Duration.ofSeconds(86)), "1004 buckets");
        assertEquals(0, new HistoryBuckets(FROM, to, Duration.ofSeconds(87)).buckets().size());
    }
}
