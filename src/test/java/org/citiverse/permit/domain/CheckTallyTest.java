package org.citiverse.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Counting checks in memory: nothing lost or counted twice while counts are written, and cheap enough not to slow a check. */
class CheckTallyTest {

    private static final CheckKey FENCE = new CheckKey(LocalDate.of(2026, 12, 3), "fence", "residential", "PERMIT_FREE",
            "F2", 1);
    private static final CheckKey DORMER = new CheckKey(LocalDate.of(2026, 12, 3), "dormer", "residential",
            "UNDECIDED", "", 1);

    @Test
    void countsAreTakenOutAndPutBackWhenTheyCouldNotBeStored() {
        CheckTally tally = new CheckTally();
        tally.count(FENCE);
        tally.count(FENCE);
        tally.count(DORMER);
        Map<CheckKey, Long> drained = tally.drain();
        assertEquals(Map.of(FENCE, 2L, DORMER, 1L), drained);
        assertEquals(0, tally.pending());
        tally.count(FENCE);
        tally.restore(drained);
        assertEquals(Map.of(FENCE, 3L, DORMER, 1L), tally.drain());
    }

    @Test
    void checksCountedWhileCountsAreWrittenAreNeitherLostNorCountedTwice() throws InterruptedException {
        CheckTally tally = new CheckTally();
        AtomicLong written = new AtomicLong();
        ExecutorService checks = Executors.newFixedThreadPool(4);
        int perThread = 50_000;
        for (int t = 0; t < 4; t++) {
            checks.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    tally.count(i % 2 == 0 ? FENCE : DORMER);
                }
            });
        }
        checks.shutdown();
        while (!checks.awaitTermination(1, TimeUnit.MILLISECONDS)) {
            tally.drain().values().forEach(written::addAndGet);
        }
        tally.drain().values().forEach(written::addAndGet);
        assertEquals(4L * perThread, written.get());
    }

    /**
     * What recording adds to a check: a check takes milliseconds (the rules, the city model), counting
     * it a few microseconds at most. The bound is generous (50 µs), so a busy build machine does not fail it.
     */
    @Test
    void countingACheckCostsFarLessThanAMillisecond() {
        CheckTally tally = new CheckTally();
        for (int i = 0; i < 100_000; i++) { // warm up
            tally.count(i % 2 == 0 ? FENCE : DORMER);
        }
        int n = 1_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            tally.count(i % 2 == 0 ? FENCE : DORMER);
        }
        double microsEach = (System.nanoTime() - start) / 1000.0 / n;
        assertTrue(microsEach < 50, "counting a check took " + microsEach + " µs");
        assertEquals(1_100_000, tally.pending());
    }
}
