package org.citiverse.permit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.permit.application.CityModel;
import org.citiverse.permit.application.CityModelTwins;
import org.citiverse.shared.infrastructure.persistence.DatabaseMigration;

/**
 * Reads the city model into memory once the schema is migrated, on the server's managed scheduler,
 * so the first permit check does not wait for it (trying again every few seconds until it is in),
 * then publishes its parcels and buildings as twins, and again whenever an import read it anew.
 */
@ApplicationScoped
public class CityModelWarmUp {

    private static final Logger LOG = Logger.getLogger(CityModelWarmUp.class.getName());
    private static final long PERIOD_SECONDS = 2;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatabaseMigration migration;

    @Inject
    CityModel model;

    @Inject
    CityModelTwins twins;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::tryOnce, 1, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void tryOnce() {
        if (!model.loaded() && migration.state().migrated()) {
            try {
                model.warmUp();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The city model could not be read yet; trying again", e);
            }
        }
        try {
            twins.publishIfNew();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The city model's twins could not all be published; trying again", e);
        }
    }
}
