package org.citiverse.twin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.shared.infrastructure.persistence.Housekeeping;
import org.citiverse.twin.application.TwinMaintenance;
import org.citiverse.twin.application.TwinService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs twin housekeeping every {@code twin.maintenance.interval} seconds on the server's managed
 * scheduler (history retention, sync requests whose device never answered, periodic syncs). Waits for the schema.
 */
@ApplicationScoped
public class TwinMaintenanceSchedule {

    private static final Logger LOG = Logger.getLogger(TwinMaintenanceSchedule.class.getName());
    private static final int HISTORY_CHUNK = 10_000;
    private static final int HISTORY_CHUNKS = 200;

    @Inject
    Housekeeping housekeeping;

    @Inject
    TwinService twins;

    @Inject
    @ConfigProperty(name = "twin.maintenance.interval", defaultValue = "60")
    long intervalSeconds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        housekeeping.every(intervalSeconds, "Twin maintenance", this::run);
    }

    private void run() {
        long purged = Housekeeping.inChunks(HISTORY_CHUNK, HISTORY_CHUNKS, twins::forgetOldHistory);
        TwinMaintenance done = twins.maintain();
        if (purged > 0 || done.syncTimedOut() > 0) {
            LOG.log(Level.INFO, "Twin maintenance: {0} history entries past retention deleted, {1} sync "
                    + "requests timed out", new Object[] {purged, done.syncTimedOut()});
        }
        if (done.periodicSyncs() > 0) {
            LOG.log(Level.FINE, "Twin maintenance: {0} periodic syncs asked", done.periodicSyncs());
        }
    }
}
