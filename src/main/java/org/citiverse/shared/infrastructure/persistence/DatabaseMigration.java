package org.citiverse.shared.infrastructure.persistence;

import jakarta.annotation.PreDestroy;
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
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at startup. Flyway owns the schema; Hibernate only validates
 * nothing and generates nothing.
 *
 * <p>An unreachable database must not stop the server or make it crash-loop: the failure is
 * logged once in plain words, readiness stays DOWN, and the migration is retried every
 * {@code db.migration.retry.interval} seconds until it succeeds. A build that ships no
 * migrations is a packaging defect and fails the deployment loudly.
 */
@ApplicationScoped
public class DatabaseMigration {

    static final String LOCATION = "classpath:db/migration";
    /** Flyway finds classpath migrations on Liberty only through this (empty) marker file. */
    static final String MARKER = "db/migration/flyway.location";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/citiverse")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "db.migration.retry.interval", defaultValue = "15")
    long retrySeconds;

    private volatile MigrationState state = MigrationState.pending();
    private ScheduledFuture<?> retry;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (getClass().getClassLoader().getResource(MARKER) == null) {
            // Checked before any database work: a packaging defect must not look like an outage.
            NoMigrationsFound e = new NoMigrationsFound();
            LOG.severe(e.getMessage());
            throw e;
        }
        if (!migrate()) {
            retry = scheduler.scheduleWithFixedDelay(this::retryUntilMigrated, retrySeconds, retrySeconds,
                    TimeUnit.SECONDS);
        }
    }

    public MigrationState state() {
        return state;
    }

    private void retryUntilMigrated() {
        if (migrate() && retry != null) {
            retry.cancel(false);
        }
    }

    private synchronized boolean migrate() {
        if (state.migrated()) {
            return true;
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // SQL callbacks, if any, sit beside the migrations. Flyway still scans db/callback for Java
                // callbacks whatever is set here; the empty marker there (src/main/resources) lets Liberty's
                // class loader resolve it instead of Flyway logging an error at every start.
                .callbackLocations(LOCATION)
                .failOnMissingLocations(true)
                .load();
        try {
            if (flyway.info().all().length == 0) {
                // Reached only with a working connection: an empty history means a broken build.
                state = new MigrationState(MigrationState.Status.FAILED, null, "no migrations packaged");
                throw new NoMigrationsFound();
            }
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current() == null ? null
                    : flyway.info().current().getVersion().getVersion();
            state = new MigrationState(MigrationState.Status.MIGRATED, version, null);
            LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied now).");
            return true;
        } catch (NoMigrationsFound e) {
            LOG.severe(e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /** The build shipped no migrations: fail the deployment rather than run without a schema. */
    static final class NoMigrationsFound extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NoMigrationsFound() {
            super("No database migrations found at " + LOCATION
                    + ": the build must package db-migrations/ with its empty flyway.location marker.");
        }
    }

    private boolean failed(RuntimeException e) {
        boolean firstFailure = state.status() != MigrationState.Status.FAILED;
        String reason = rootMessage(e);
        state = new MigrationState(MigrationState.Status.FAILED, null, reason);
        if (firstFailure) {
            LOG.log(Level.SEVERE, "Database migration failed: {0}. Check db.url, db.user, db.password and "
                    + "db.driver.files. Readiness stays DOWN; retrying every {1} s.",
                    new Object[] {reason, retrySeconds});
        } else {
            LOG.fine(() -> "Database migration retry failed: " + reason);
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    @PreDestroy
    void stopRetrying() {
        if (retry != null) {
            retry.cancel(false);
        }
    }
}
