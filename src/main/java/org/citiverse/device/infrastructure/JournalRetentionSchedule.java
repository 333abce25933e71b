package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.device.application.IngestionService;
import org.citiverse.shared.infrastructure.persistence.Housekeeping;

/**
 * Every few minutes the device journal forgets messages past {@code device.journal.retention.days}, a
 * chunk per transaction, so a city's devices do not fill its database (a thousand reports a second
 * are 86 million rows a day) and message bodies are not kept longer than needed.
 */
@ApplicationScoped
public class JournalRetentionSchedule {

    private static final Logger LOG = Logger.getLogger(JournalRetentionSchedule.class.getName());
    private static final long INTERVAL_SECONDS = 300;
    private static final int CHUNK = 10_000;
    private static final int MAX_CHUNKS = 200;

    @Inject
    Housekeeping housekeeping;

    @Inject
    IngestionService ingestion;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        housekeeping.every(INTERVAL_SECONDS, "Device journal retention", this::run);
    }

    private void run() {
        long forgotten = Housekeeping.inChunks(CHUNK, MAX_CHUNKS, ingestion::forgetOldMessages);
        if (forgotten > 0) {
            LOG.log(Level.INFO, "Device journal: {0} messages past retention forgotten", forgotten);
        }
    }
}
