package org.citiverse.device.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BatchSizesTest {

    @Test
    void takesBatchesUntilOneFails() {
        BatchSizes sizes = new BatchSizes(50, 2);
        assertEquals(50, sizes.next());
        sizes.committed(50, 50);
        assertEquals(50, sizes.next(), "a committed batch changes nothing");
    }

    @Test
    void afterAFailureTakesOneAtATimeUntilEveryConsumersBatchCouldHaveComeRound() {
        BatchSizes sizes = new BatchSizes(3, 2);
        sizes.failed();
        for (int i = 0; i < 2 * 3 * 2; i++) {
            assertEquals(1, sizes.next(), "single " + i);
            sizes.committed(1, 1);
        }
        assertEquals(3, sizes.next(), "batches again once the failed messages have surely been retried alone");
    }

    @Test
    void anEmptyQueueDoesNotCountTowardsTheSingles() {
        BatchSizes sizes = new BatchSizes(3, 1);
        sizes.failed();
        sizes.committed(1, 0);
        assertEquals(1, sizes.next());
    }

    @Test
    void aFailureAmongTheSinglesStartsThemAgain() {
        BatchSizes sizes = new BatchSizes(2, 1);
        sizes.failed();
        sizes.committed(1, 1);
        sizes.committed(1, 1);
        sizes.committed(1, 1);
        sizes.failed();
        for (int i = 0; i < 4; i++) {
            assertEquals(1, sizes.next());
            sizes.committed(1, 1);
        }
        assertEquals(2, sizes.next());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new BatchSizes(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new BatchSizes(1, 0));
    }
}
