package org.citiverse.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void aUuidIsReadAndAnythingElseIsNothing() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Uuids.parse(id.toString()).orElseThrow());
        for (String other : new String[] {null, "", "household", "not-a-uuid-at-all", id + "x", "1-2-3-4-5-6"}) {
            assertTrue(Uuids.parse(other).isEmpty(), String.valueOf(other));
        }
    }

    @Test
    void timeOrderedIdsAreVersion7WithTheirMillisecondInFront() {
        long millis = 1_796_353_200_123L;
        UUID id = Uuids.timeOrdered(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant()); // RFC 9562
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void aLaterMillisecondSortsAfterAnEarlierOneAsTheDatabaseComparesThem() {
        // PostgreSQL orders uuid values by their bytes, which is the order of their text
        assertTrue(Uuids.timeOrdered(1_796_353_200_123L).toString()
                .compareTo(Uuids.timeOrdered(1_796_353_200_124L).toString()) < 0);
        assertTrue(Uuids.timeOrdered(0xFFL).toString().compareTo(Uuids.timeOrdered(0x100L).toString()) < 0);
    }

    @Test
    void theFirstIdOfAMillisecondIsAtOrBelowEveryIdOfItAndAboveEveryEarlierOne() {
        long millis = 1_796_353_200_123L;
        String first = Uuids.firstAt(java.time.Instant.ofEpochMilli(millis)).toString();
        assertEquals(7, UUID.fromString(first).version());
        for (int i = 0; i < 1000; i++) {
            assertTrue(first.compareTo(Uuids.timeOrdered(millis).toString()) <= 0);
            assertTrue(first.compareTo(Uuids.timeOrdered(millis - 1).toString()) > 0);
        }
    }

    @Test
    void idsOfOneMillisecondDiffer() {
        assertNotEquals(Uuids.timeOrdered(1L), Uuids.timeOrdered(1L));
    }
}
