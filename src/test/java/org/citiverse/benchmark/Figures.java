package org.citiverse.benchmark;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How the benchmarks read their arguments, print latencies and stop on a wrong answer. */
final class Figures {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

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

    /** The value of a sorted list of durations at quantile q, in milliseconds. */
    static double percentile(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q))) / 1e6;
    }

    /** Benchmarks load what they measure: only servers on this machine. */
    static void requireLocal(String what, String url) {
        String host = URI.create(url).getHost();
        check(host != null && LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT)),
                "the " + what + " must be on this machine (localhost, 127.0.0.1 or ::1): " + url);
    }

    /** The whole-number argument at {@code index}, or {@code otherwise} when there is none. */
    static int number(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    /** An answer shortened for a line of output. */
    static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
