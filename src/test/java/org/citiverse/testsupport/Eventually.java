package org.citiverse.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for asynchronous work (a message through the queue, a server restart) without fixed sleeps. */
public final class Eventually {

    private Eventually() {
    }

    /** Polls until the supplier returns a non-null value, and returns it; fails after the timeout. */
    public static <T> T await(Duration timeout, String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
