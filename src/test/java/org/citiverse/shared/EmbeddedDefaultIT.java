package org.citiverse.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The embedded default (nothing configured, H2 under the server's output directory) boots,
 * migrates, keeps data across a restart, and survives a broken database URL without a crash loop.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDefaultIT {

    private static final String SERVER = "citiverse-embedded";
    private static final Path SERVER_DIR = TestServers.libertyHome().resolve("usr/servers/" + SERVER);
    private static final Path BROKEN_DB = SERVER_DIR.resolve("configDropins/overrides/broken-database.xml");

    @Test
    @Order(1)
    void bootsAndMigratesWithNothingConfigured() throws IOException {
        JsonObject database = databaseCheck(new PortalClient(TestServers.embedded()).get("/health/ready"));
        assertEquals("UP", database.getString("status"));
        assertEquals(latestMigration(), database.getJsonObject("data").getString("schemaVersion"),
                "every migration in db-migrations/ applied");
        assertTrue(Files.isDirectory(SERVER_DIR.resolve("data")), "the H2 files live under the server");
        String javaHome = System.getProperty("citiverse.embedded.java.home", "");
        if (!javaHome.isEmpty()) {
            // This server runs on the second JDK (Java 25 on the build machines).
            assertTrue(Files.readString(SERVER_DIR.resolve("logs/messages.log")).contains("java.home = " + javaHome),
                    "runs on " + javaHome);
        }
    }

    @Test
    @Order(2)
    void keepsDataAcrossARestart() throws Exception {
        String id = "restart-" + UUID.randomUUID();
        PortalClient gateway = new PortalClient(TestServers.embedded()).signIn("gateway");
        assertEquals(202, report(gateway, id, "{\"level\":3}").statusCode());
        String receivedAt = journalEntry(id).getString("receivedAt");

        server("stop");
        // Restarted with JSON console logging, switched on by Liberty's standard variable.
        server("start", Map.of("WLP_LOGGING_CONSOLE_FORMAT", "json"));
        awaitReady();

        assertEquals(receivedAt, journalEntry(id).getString("receivedAt"));
        String console = Files.readString(SERVER_DIR.resolve("logs/console.log"));
        assertTrue(console.lines().anyMatch(l -> l.startsWith("{\"type\":\"liberty_message\"")), "JSON console log");
    }

    @Test
    @Order(3)
    void aBrokenDatabaseMakesReadinessDownAndRecovers() throws Exception {
        sensor(); // registered while the database is there
        server("stop");
        Files.createDirectories(BROKEN_DB.getParent());
        Files.writeString(BROKEN_DB, """
                <server>
                    <variable name="db.url" value="jdbc:h2:tcp://127.0.0.1:1/nowhere"/>
                    <variable name="db.migration.retry.interval" value="2"/>
                </server>
                """);
        try {
            server("start");
            HttpResponse<String> ready = Eventually.await(Duration.ofSeconds(120), "a DOWN readiness answer", () -> {
                HttpResponse<String> r = readiness();
                return r != null && r.statusCode() == 503 && r.body().contains("\"database\"") ? r : null;
            });
            JsonObject database = databaseCheck(ready);
            assertEquals("DOWN", database.getString("status"));
            assertEquals("FAILED", database.getJsonObject("data").getString("migration"));
            assertEquals("migration-not-done", database.getJsonObject("data").getString("error"),
                    "a fixed code in the public answer");
            assertFalse(ready.body().contains("127.0.0.1"), "no connection details in the public answer");
            PortalClient probe = new PortalClient(TestServers.embedded());
            assertEquals(200, probe.get("/health/live").statusCode(), "alive: no restart loop");
            assertEquals(200, probe.get("/health/started").statusCode());
            assertEquals(200, probe.get("/").statusCode(), "the portal still answers");
            String log = Files.readString(SERVER_DIR.resolve("logs/messages.log"));
            assertTrue(log.contains("Database migration failed"), "a clear log message");
            assertTrue(log.contains("Check db.url"), "which settings to check");
        } finally {
            Files.deleteIfExists(BROKEN_DB);
        }
        // The server picks the configuration change up, the retry completes the migration, and
        // persistence works again (the persistence unit did not stay broken).
        awaitReady();
        String id = "recovered-" + UUID.randomUUID();
        Eventually.await(Duration.ofSeconds(120), "a device report accepted after recovery", () -> {
            try {
                return report(new PortalClient(TestServers.embedded()).signIn("gateway"), id, "{\"level\":1}")
                        .statusCode() == 202 ? true : null;
            } catch (IllegalStateException restarting) {
                return null;
            }
        });
        journalEntry(id);
        awaitReady();
    }

    /** A signed report of the sensor registered (once) on this server with the development accounts. */
    /** A local run plays a simulated city (simulator.enabled in development), and again after a restart. */
    @Test
    @Order(4)
    void aLocalRunPlaysASimulatedCity() {
        PortalClient admin = new PortalClient(TestServers.embedded()).signIn("admin");
        JsonObject light = org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(60),
                "a simulated street light reporting", () -> {
                    var twins = org.citiverse.testsupport.Json.object(admin.get("/api/v1/twins?type=street-light&q="
                            + "Street%20light%201").body()).getJsonArray("twins");
                    return twins.isEmpty() || !twins.getJsonObject(0).getJsonObject("properties")
                            .getJsonObject("power").containsKey("observedAt") ? null : twins.getJsonObject(0);
                });
        String lock = org.citiverse.testsupport.Json.object(admin.get("/api/v1/twins?type=door-lock&q=Home%201")
                .body()).getJsonArray("twins").getJsonObject(0).getString("id");
        HttpResponse<String> open = admin.postJson("/api/v1/commands", "{\"twin\":\"" + lock
                + "\",\"action\":\"open\"}", Map.of());
        assertEquals(202, open.statusCode(), open.body());
        String command = org.citiverse.testsupport.Json.object(open.body()).getString("commandId");
        String outcome = org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(30),
                "the simulated lock answering", () -> {
                    String status = org.citiverse.testsupport.Json.object(admin.get("/api/v1/commands/" + command)
                            .body()).getString("status");
                    return "ACKED".equals(status) || "FAILED".equals(status) ? status : null;
                });
        assertTrue(light.getJsonObject("properties").getJsonObject("power").get("value")
                instanceof jakarta.json.JsonNumber, "the lamp's power draw");
        if ("ACKED".equals(outcome)) { // 5 % of simulated commands fail, as configured
            org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(30), "the lock's twin open", () ->
                    org.citiverse.testsupport.Json.object(admin.get("/api/v1/twins/" + lock).body())
                            .getJsonObject("properties").getJsonObject("locked").get("value")
                            == jakarta.json.JsonValue.FALSE ? true : null);
        }
    }

    private static HttpResponse<String> report(PortalClient gateway, String id, String body) {
        return sensor().report(gateway, id, "application/json", body);
    }

    private static org.citiverse.testsupport.Devices.Device sensor() {
        if (sensor == null) {
            sensor = org.citiverse.testsupport.Devices.register(new PortalClient(TestServers.embedded()).signIn("staff"),
                    "embedded-sensor", "water-level-sensor", null);
        }
        return sensor;
    }

    private static org.citiverse.testsupport.Devices.Device sensor;

    private static JsonObject journalEntry(String id) {
        PortalClient admin = new PortalClient(TestServers.embedded()).signIn("admin");
        return Eventually.await(Duration.ofSeconds(30), "journal entry " + id, () -> {
            HttpResponse<String> r = admin.get("/api/device/messages/" + id);
            return r.statusCode() == 200 ? Json.object(r.body()) : null;
        });
    }

    private static JsonObject databaseCheck(HttpResponse<String> health) {
        return Json.object(health.body()).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + health.body()));
    }

    private static void awaitReady() {
        Eventually.await(Duration.ofSeconds(120), SERVER + " ready", () -> {
            HttpResponse<String> r = readiness();
            return r != null && r.statusCode() == 200 ? true : null;
        });
    }

    /** The readiness answer, or null while the server is not listening yet. */
    private static HttpResponse<String> readiness() {
        try {
            return new PortalClient(TestServers.embedded()).get("/health/ready");
        } catch (IllegalStateException notListening) {
            return null;
        }
    }

    private static void server(String action) throws IOException, InterruptedException {
        server(action, Map.of());
    }

    private static void server(String action, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(TestServers.libertyHome().resolve("bin/server").toString(), action,
                SERVER).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        String javaHome = System.getProperty("citiverse.embedded.java.home", "");
        if (!javaHome.isEmpty()) {
            builder.environment().put("JAVA_HOME", javaHome);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "server " + action + " finished");
        assertEquals(0, process.exitValue(), "server " + action);
    }

    /** The highest version in db-migrations/ (V<n>__name.sql). */
    private static String latestMigration() throws IOException {
        try (var files = Files.list(java.nio.file.Path.of("db-migrations"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare)
                    .map(String::valueOf).orElseThrow();
        }
    }
}
