package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Liberty's messaging engine redelivers a rolled-back message at once. So that a short database
 * outage does not burn through the redelivery limit in milliseconds and dead-letter good
 * messages, a device worker pauses after each failure in a row before it takes the message again:
 * base × 2^(failure-1), capped.
 */
@ApplicationScoped
public class RedeliveryBackoff {

    static final long MAX_PAUSE_MILLIS = 30_000;

    @Inject
    @ConfigProperty(name = "jms.ingress.retry.delay", defaultValue = "1000")
    long baseMillis;

    /** The pause after the given (1-based) failed delivery attempt. */
    static long pauseMillis(long base, int attempt) {
        if (base <= 0 || attempt < 1) {
            return 0;
        }
        int doublings = Math.min(attempt - 1, 20);
        return Math.min(base << doublings, MAX_PAUSE_MILLIS);
    }

    void pauseAfter(int attempt) {
        try {
            Thread.sleep(pauseMillis(baseMillis, attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
