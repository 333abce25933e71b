package org.citiverse.device.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Work a person is waiting for comes first on a server whose cores are busy with readings: a command
 * on its way to a device and back (a door to open, a camera's picture), a doorbell's ring. While any
 * is open, the batch workers hold back their next batch of readings, for a bounded time, so the
 * person's steps do not queue for a core behind them. Each piece of work is open until it ends or
 * until its own bound, whichever is first, so one that never ends (a device that does not answer)
 * holds nothing back for long.
 */
@ApplicationScoped
public class PeopleFirst {

    /** Open work and when it stops counting (System.nanoTime). */
    private final Map<Object, Long> open = new ConcurrentHashMap<>();
    private final Object ended = new Object();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Someone is waiting for this work, for at most {@code atMost}. */
    public void begin(Object work, Duration atMost) {
        open.put(work, System.nanoTime() + atMost.toNanos());
    }

    /** The work is done. */
    public void end(Object work) {
        if (open.remove(work) != null) {
            synchronized (ended) {
                ended.notifyAll();
            }
        }
    }

    /** The work is done once the current transaction has ended (committed or not). */
    public void endAfterTransaction(Object work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                end(work);
            }
        });
    }

    /**
     * Waits while work someone is waiting for is open, at most {@code maxMillis}: what the readings'
     * workers call before each batch.
     */
    public void yieldTo(long maxMillis) throws InterruptedException {
        long until = System.nanoTime() + maxMillis * 1_000_000;
        while (waiting()) {
            long left = (until - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return;
            }
            synchronized (ended) {
                ended.wait(Math.min(left, 5));
            }
        }
    }

    boolean waiting() {
        long now = System.nanoTime();
        open.values().removeIf(deadline -> deadline - now < 0);
        return !open.isEmpty();
    }
}
