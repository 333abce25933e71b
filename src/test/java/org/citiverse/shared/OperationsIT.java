package org.citiverse.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/** What an IT department watches: health, metrics and the API description, on the PostgreSQL server. */
class OperationsIT {

    private final PortalClient anonymous = new PortalClient(TestServers.postgres());

    @Test
    void readinessCoversDatabaseAndMessaging() {
        HttpResponse<String> response = anonymous.get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.object(response.body());
        assertEquals("UP", health.getString("status"));
        Map<String, JsonObject> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        assertEquals("UP", checks.get("database").getString("status"));
        assertEquals("MIGRATED", checks.get("database").getJsonObject("data").getString("migration"));
        assertEquals("UP", checks.get("messaging").getString("status"));
    }

    @Test
    void livenessAndStartupAreUp() {
        assertEquals(200, anonymous.get("/health/live").statusCode());
        HttpResponse<String> started = anonymous.get("/health/started");
        assertEquals(200, started.statusCode());
        assertTrue(started.body().contains("\"application\""), started.body());
    }

    @Test
    void openApiDescribesEveryResource() {
        HttpResponse<String> response = anonymous.get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("title: CitiVerse API"));
        assertTrue(response.body().contains("/api/device/messages:"));
        assertTrue(response.body().contains("/api/device/messages/{messageId}:"));
        assertTrue(response.body().contains("/api/device/messages/dead-letters:"));
        assertEquals(200, anonymous.get("/openapi/ui/").statusCode());
    }

    @Test
    void metricsArePublished() {
        HttpResponse<String> response = anonymous.get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("jvm_uptime_seconds"), "base metrics");
    }
}
