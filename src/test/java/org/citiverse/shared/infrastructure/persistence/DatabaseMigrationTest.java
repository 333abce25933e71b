package org.citiverse.shared.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

    private static final Path MIGRATIONS = Path.of("db-migrations");

    @Test
    void reportsTheRootCauseOnOneLine() {
        Exception e = new IllegalStateException("wrapper",
                new SQLException("Connection refused\n\tat somewhere"));
        assertEquals("Connection refused", DatabaseMigration.rootMessage(e));
    }

    @Test
    void namesTheExceptionWhenItHasNoMessage() {
        assertEquals("NullPointerException", DatabaseMigration.rootMessage(new NullPointerException()));
    }

    @Test
    void migrationsCarryTheMarkerFlywayNeedsOnLiberty() {
        assertTrue(Files.isRegularFile(MIGRATIONS.resolve("flyway.location")),
                "without db-migrations/flyway.location Flyway finds no migrations on Liberty");
    }

    @Test
    void migrationsAreVersionedAndUnique() throws IOException {
        Pattern name = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            List<String> sql = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
            assertTrue(!sql.isEmpty(), "at least one migration");
            sql.forEach(n -> assertTrue(name.matcher(n).matches(), n + " must be named V<n>__<snake_case>.sql"));
            assertEquals(sql.size(), sql.stream().map(n -> n.substring(0, n.indexOf("__"))).distinct().count(),
                    "no two migrations share a version");
        }
    }
}
