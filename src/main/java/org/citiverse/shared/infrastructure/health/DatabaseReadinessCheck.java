package org.citiverse.shared.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.citiverse.shared.infrastructure.persistence.DatabaseMigration;
import org.citiverse.shared.infrastructure.persistence.MigrationState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int VALIDATION_SECONDS = 3;

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
            return response.withData("error", String.valueOf(state.error())).down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS) ? response.up().build()
                    : response.withData("error", "connection is not valid").down().build();
        } catch (SQLException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
