package org.citiverse.shared.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.citiverse.shared.infrastructure.persistence.DatabaseMigration;
import org.citiverse.shared.infrastructure.persistence.MigrationState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and its schema is migrated. The answer is public, so it
 * names the problem with a fixed code; the details (hosts, users, driver messages) go to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int VALIDATION_SECONDS = 3;
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Resource(lookup = "jdbc/citiverse")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        MigrationState state = migration.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("migration", state.status().name());
        if (state.version() != null) {
            response.withData("schemaVersion", state.version());
        }
        if (!state.migrated()) {
            return response.withData("error", "migration-not-done").down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS) ? response.up().build()
                    : response.withData("error", "connection-invalid").down().build();
        } catch (SQLException e) {
            LOG.warning(() -> "Readiness: the database is unreachable: " + e.getMessage());
            return response.withData("error", "unreachable").down().build();
        }
    }
}
