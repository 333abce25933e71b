package org.citiverse.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How the benchmarks print latencies and stop on a wrong answer. */
final class Figures {

    private Figures() {
    }

    /** "what (n): p50 …, p99 …, max … ms" of the measured durations. */
    static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s (%d): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    /** A benchmark measures only what worked: anything else stops it. */
    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
