package org.citiverse.complaint.domain;

/**
 * How many submissions one sender (an API key, a network address) may make: a bucket of
 * {@code burst} that refills at {@code perMinute}. Not thread-safe: the caller holds one per sender
 * and synchronises on it.
 */
public final class SubmissionBudget {

    private final int burst;
    private final double perNano;
    private double tokens;
    private long lastNanos;

    public SubmissionBudget(int burst, int perMinute, long nowNanos) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("a budget needs a burst and a rate of at least 1");
        }
        this.burst = burst;
        this.perNano = perMinute / 60e9;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    /** Takes one submission from the budget; false when it is spent. */
    public boolean take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Seconds until the next submission is allowed (at least 1). */
    public long secondsUntilNext(long nowNanos) {
        refill(nowNanos);
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }

    /** Full again: nothing taken for a whole burst's time, so the sender can be forgotten. */
    public boolean idle(long nowNanos) {
        refill(nowNanos);
        return tokens >= burst;
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - lastNanos);
        tokens = Math.min(burst, tokens + elapsed * perNano);
        lastNanos = nowNanos;
    }
}
