package org.citiverse.shared.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recurring database work on the server's managed scheduler: each round runs only once the schema
 * is migrated, and a round that fails is logged and the next one tries again (a scheduled task that
 * throws would stop for good).
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatabaseMigration migration;

    /**
     * Deletes in chunks, each in a transaction of its own (the work deletes up to the number it is given
     * and says how many it did), until a chunk comes back short or {@code maxChunks} are done, so a
     * backlog never becomes one long transaction and one round never holds the scheduler for long.
     *
     * @return how many were deleted
     */
    public static long inChunks(int chunk, int maxChunks, java.util.function.IntUnaryOperator deleteUpTo) {
        long deleted = 0;
        for (int i = 0; i < maxChunks; i++) {
            int n = deleteUpTo.applyAsInt(chunk);
            deleted += n;
            if (n < chunk) {
                break;
            }
        }
        return deleted;
    }

    /** Runs the work every {@code seconds}, first after one interval. */
    public void every(long seconds, String what, Runnable work) {
        scheduler.scheduleWithFixedDelay(() -> {
            if (!migration.state().migrated()) {
                return;
            }
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed; trying again next round", e);
            }
        }, seconds, seconds, TimeUnit.SECONDS);
    }
}
