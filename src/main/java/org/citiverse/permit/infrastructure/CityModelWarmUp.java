package org.citiverse.permit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.permit.application.CityModel;
import org.citiverse.shared.infrastructure.persistence.DatabaseMigration;

/**
 * Reads the city model into memory once the schema is migrated, on the server's managed scheduler,
 * so the first permit check does not wait for it; tries again every few seconds until it is in.
 */
@ApplicationScoped
public class CityModelWarmUp {

    private static final Logger LOG = Logger.getLogger(CityModelWarmUp.class.getName());
    private static final long RETRY_SECONDS = 2;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatabaseMigration migration;

    @Inject
    CityModel model;

    private volatile ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::tryOnce, 1, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    private void tryOnce() {
        if (!model.loaded() && migration.state().migrated()) {
            try {
                model.warmUp();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The city model could not be read yet; trying again", e);
            }
        }
        ScheduledFuture<?> running = task;
        if (model.loaded() && running != null) {
            running.cancel(false);
        }
    }
}
