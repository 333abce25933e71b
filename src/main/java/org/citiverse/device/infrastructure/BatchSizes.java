package org.citiverse.device.infrastructure;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many messages the ingress consumers take per transaction. Normally a batch; after a batch
 * failed (rolled back whole, every message of it redelivered) one at a time, shared by all
 * consumers, until the failed batch's messages have surely come round again: then a message that
 * fails fails alone, reaches its redelivery limit and the dead-letter queue, and the messages that
 * were only in its company are applied instead of being redelivered with it until their own limit.
 */
final class BatchSizes {

    private final int batch;
    private final int singlesAfterFailure;
    private final AtomicInteger singles = new AtomicInteger();

    BatchSizes(int batch, int consumers) {
        if (batch < 1 || consumers < 1) {
            throw new IllegalArgumentException("batch and consumers must be at least 1");
        }
        this.batch = batch;
        // Every consumer's failed batch may have returned to the queue at once.
        this.singlesAfterFailure = 2 * batch * consumers;
    }

    /** The most messages the next transaction takes. */
    int next() {
        return singles.get() > 0 ? 1 : batch;
    }

    /** A transaction that asked for {@code asked} messages committed with {@code taken}. */
    void committed(int asked, int taken) {
        if (asked == 1 && taken > 0) {
            singles.updateAndGet(left -> Math.max(0, left - taken));
        }
    }

    void failed() {
        singles.set(singlesAfterFailure);
    }
}
