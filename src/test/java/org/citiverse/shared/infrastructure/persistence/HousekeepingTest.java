package org.citiverse.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HousekeepingTest {

    /** A backlog of {@code rows}, deleted up to the asked number at a time; records each ask. */
    private static final class Backlog {
        int rows;
        final List<Integer> asked = new ArrayList<>();

        Backlog(int rows) {
            this.rows = rows;
        }

        int deleteUpTo(int limit) {
            asked.add(limit);
            int n = Math.min(rows, limit);
            rows -= n;
            return n;
        }
    }

    @Test
    void deletesChunkAfterChunkUntilOneComesBackShort() {
        Backlog backlog = new Backlog(25);
        assertEquals(25, Housekeeping.inChunks(10, 100, backlog::deleteUpTo));
        assertEquals(List.of(10, 10, 10), backlog.asked);
        assertEquals(0, backlog.rows);
    }

    @Test
    void anExactMultipleTakesOneMoreAskToSeeItIsDone() {
        Backlog backlog = new Backlog(20);
        assertEquals(20, Housekeeping.inChunks(10, 100, backlog::deleteUpTo));
        assertEquals(3, backlog.asked.size());
    }

    @Test
    void aRoundStopsAfterItsLastChunkAndLeavesTheRestForTheNext() {
        Backlog backlog = new Backlog(1_000);
        assertEquals(30, Housekeeping.inChunks(10, 3, backlog::deleteUpTo));
        assertEquals(970, backlog.rows);
    }

    @Test
    void nothingToDeleteAsksOnce() {
        Backlog backlog = new Backlog(0);
        assertEquals(0, Housekeeping.inChunks(10, 100, backlog::deleteUpTo));
        assertEquals(List.of(10), backlog.asked);
    }
}
