package org.citiverse.twin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** REQ-DT-08 (FGMV-28 7.1.3): one at a time, highest priority first, lower than the running one refused. */
class SyncRequestTest {

    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<SyncRequest> open = new ArrayList<>();

    private SyncRequest ask(int priority, int second) {
        SyncRequest r = new SyncRequest("urn:citiverse:twin:x", "user-" + priority, priority, T.plusSeconds(second));
        SyncRequest.schedule(r, open, T.plusSeconds(second), TIMEOUT);
        if (r.status() == SyncStatus.RUNNING || r.status() == SyncStatus.QUEUED) {
            open.add(r);
        }
        return r;
    }

    @Test
    void oneRunsTheHighestWaitsAndALowerOneIsRefused() {
        SyncRequest first = ask(50, 0);
        SyncRequest equal = ask(50, 1);
        SyncRequest higher = ask(100, 2);
        SyncRequest lower = ask(30, 3);
        assertEquals(SyncStatus.RUNNING, first.status());
        assertEquals(SyncStatus.QUEUED, equal.status());
        assertEquals(SyncStatus.QUEUED, higher.status());
        assertEquals(SyncStatus.REFUSED, lower.status(), "a higher-priority request is running");

        SyncRequest.answered(open, T.plusSeconds(5), TIMEOUT);
        assertEquals(SyncStatus.SUCCEEDED, first.status(), "only the running one gets the answer");
        assertEquals(SyncStatus.RUNNING, higher.status(), "the highest waiting goes next");
        assertEquals(SyncStatus.QUEUED, equal.status());
    }

    @Test
    void aSilentDeviceTimesOutAndTheNextRuns() {
        SyncRequest first = ask(50, 0);
        SyncRequest next = ask(50, 1);
        SyncRequest.expire(open, T.plusSeconds(29), TIMEOUT);
        assertEquals(SyncStatus.RUNNING, first.status(), "not yet");
        SyncRequest.expire(open, T.plusSeconds(30), TIMEOUT);
        assertEquals(SyncStatus.TIMED_OUT, first.status());
        assertEquals(SyncStatus.RUNNING, next.status());
        assertEquals(T.plusSeconds(60), next.deadline());
    }

    @Test
    void aLateAnswerDoesNotCountAsSuccess() {
        SyncRequest first = ask(50, 0);
        SyncRequest.answered(open, T.plusSeconds(31), TIMEOUT);
        assertEquals(SyncStatus.TIMED_OUT, first.status());
        assertTrue(first.finishedAt() != null);
    }

    @Test
    void whenTheRunningOneHasTimedOutANewHigherRequestGoesBeforeTheWaitingOnes() {
        SyncRequest first = ask(30, 0);
        SyncRequest waiting = ask(30, 1);
        SyncRequest urgent = ask(100, 40); // first is past its deadline (30 s) by now
        assertEquals(SyncStatus.TIMED_OUT, first.status());
        assertEquals(SyncStatus.RUNNING, urgent.status(), "the highest of the waiting and the new one starts");
        assertEquals(SyncStatus.QUEUED, waiting.status());
        SyncRequest low = ask(10, 41);
        assertEquals(SyncStatus.REFUSED, low.status());
    }
}
