package org.citiverse.device.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.device.application.ActuationService;
import org.citiverse.shared.infrastructure.persistence.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code device.command.sweep.seconds}, commands past their expiry time out, so whoever asked
 * hears of it (CommandFinished) even when neither they nor the device look at the command again.
 */
@ApplicationScoped
public class CommandExpirySchedule {

    private static final Logger LOG = Logger.getLogger(CommandExpirySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ActuationService actuations;

    @Inject
    DatabaseMigration migration;

    @Inject
    @ConfigProperty(name = "device.command.sweep.seconds", defaultValue = "5")
    long intervalSeconds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::run, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    private void run() {
        if (!migration.state().migrated()) {
            return;
        }
        try {
            int expired = actuations.expireDue();
            if (expired > 0) {
                LOG.log(Level.FINE, "{0} commands timed out", expired);
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws would stop for good; the next round tries again.
            LOG.log(Level.WARNING, "Command expiry failed; trying again next round", e);
        }
    }
}
