package org.citiverse.permit.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks counted in memory until they are written: counting is one atomic merge into a concurrent
 * map, safe from any number of threads at once, so a check never waits for the database. Writing
 * takes the counts out ({@link #drain}) and puts them back ({@link #restore}) when they could not be
 * stored.
 */
public final class CheckTally {

    private final ConcurrentHashMap<CheckKey, Long> counts = new ConcurrentHashMap<>();

    public void count(CheckKey key) {
        counts.merge(key, 1L, Long::sum);
    }

    /**
     * Takes every count out. Each key is removed atomically with its count; a check counted
     * meanwhile starts a new entry that the next drain takes, so nothing is counted twice or lost.
     */
    public Map<CheckKey, Long> drain() {
        Map<CheckKey, Long> out = new HashMap<>();
        for (CheckKey key : counts.keySet()) {
            Long n = counts.remove(key);
            if (n != null) {
                out.merge(key, n, Long::sum);
            }
        }
        return out;
    }

    /** Puts counts that could not be stored back, to be written with the next ones. */
    public void restore(Map<CheckKey, Long> drained) {
        drained.forEach((key, n) -> counts.merge(key, n, Long::sum));
    }

    /** How many checks wait to be written. */
    public long pending() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
