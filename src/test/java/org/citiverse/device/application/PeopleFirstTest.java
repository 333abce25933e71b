package org.citiverse.device.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PeopleFirstTest {

    private static long millisOf(PeopleFirst peopleFirst, long maxMillis) throws InterruptedException {
        long start = System.nanoTime();
        peopleFirst.yieldTo(maxMillis);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void withNobodyWaitingReadingsGoOnAtOnce() throws InterruptedException {
        assertTrue(millisOf(new PeopleFirst(), 5_000) < 1_000);
    }

    @Test
    void openWorkHoldsReadingsBackForTheBoundAtMost() throws InterruptedException {
        PeopleFirst peopleFirst = new PeopleFirst();
        peopleFirst.begin("door", Duration.ofMinutes(1));
        long waited = millisOf(peopleFirst, 200);
        assertTrue(waited >= 190 && waited < 5_000, "waited " + waited + " ms (at most the bound, give or take a millisecond)");
        assertTrue(peopleFirst.waiting(), "the work itself is still open");
    }

    @Test
    void endedWorkLetsTheWaitingReadingsGo() throws InterruptedException {
        PeopleFirst peopleFirst = new PeopleFirst();
        peopleFirst.begin("door", Duration.ofMinutes(1));
        Thread ender = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            peopleFirst.end("door");
        });
        ender.start();
        long waited = millisOf(peopleFirst, 30_000);
        ender.join();
        assertTrue(waited >= 90 && waited < 10_000, "waited " + waited + " ms");
        assertFalse(peopleFirst.waiting());
    }

    @Test
    void workPastItsOwnBoundHoldsNothingBack() throws InterruptedException {
        PeopleFirst peopleFirst = new PeopleFirst();
        peopleFirst.begin("a device that never answers", Duration.ofMillis(50));
        Thread.sleep(80);
        assertFalse(peopleFirst.waiting());
        assertTrue(millisOf(peopleFirst, 5_000) < 1_000);
    }
}
