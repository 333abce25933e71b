package org.citiverse.permit.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.permit.application.PermitStatistics;
import org.citiverse.shared.infrastructure.persistence.Housekeeping;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes the permit checks counted in memory every {@code permit.statistics.flush.seconds} (10), and at shutdown. */
@ApplicationScoped
public class CheckCountFlush {

    private static final Logger LOG = Logger.getLogger(CheckCountFlush.class.getName());

    @Inject
    Housekeeping housekeeping;

    @Inject
    PermitStatistics statistics;

    @Inject
    @ConfigProperty(name = "permit.statistics.flush.seconds", defaultValue = "10")
    long seconds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        housekeeping.every(Math.max(1, seconds), "Storing permit check counts", statistics::flush);
    }

    @PreDestroy
    void atShutdown() {
        try {
            statistics.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Permit check counts of the last seconds could not be stored at shutdown", e);
        }
    }
}
