package org.citiverse.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.citiverse.simulator.application.Simulation;
import org.citiverse.simulator.domain.Doorbell;
import org.citiverse.simulator.domain.Scenario;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator drives the real pipeline: its devices' signed reports travel the broker to the
 * server's MDB and into the twins; commands issued through the API reach it on the commands queue and
 * its answers decide them. One fleet that always succeeds, one whose devices always fail.
 */
class SimulatorIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static StandaloneSimulator reliable;
    private static StandaloneSimulator broken;
    private static PortalClient admin;

    @BeforeAll
    static void start() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        admin = new PortalClient(TestServers.postgres()).signIn("admin");
        reliable = StandaloneSimulator.start(TestServers.postgres(), StandaloneSimulator.broker(TestServers.broker()),
                new Scenario(1, 1, 1, 0, 20, 60), "sim-" + run + "-", 500);
        broken = StandaloneSimulator.start(TestServers.postgres(), StandaloneSimulator.broker(TestServers.broker()),
                new Scenario(1, 0, 0, 1, 20, 60), "sim-" + run + "-broken-", 60_000);
    }

    @AfterAll
    static void stop() {
        reliable.close();
        broken.close();
    }

    private static Simulation.Member member(StandaloneSimulator simulator, String suffix) {
        return simulator.simulation().members().stream().filter(m -> m.device().id().endsWith(suffix)).findFirst()
                .orElseThrow();
    }

    private static JsonObject property(String twin, String name) {
        JsonObject properties = Json.object(admin.get("/api/v1/twins/" + twin).body()).getJsonObject("properties");
        return properties.getJsonObject(name);
    }

    private static String command(String twin, String action, String parameters) {
        HttpResponse<String> issued = admin.postJson("/api/v1/commands", "{\"twin\":\"" + twin + "\",\"action\":\""
                + action + "\",\"parameters\":" + parameters + "}", Map.of());
        assertEquals(202, issued.statusCode(), issued.body());
        String id = Json.object(issued.body()).getString("commandId");
        return Eventually.await(WAIT, "the command " + action + " decided", () -> {
            String status = Json.object(admin.get("/api/v1/commands/" + id).body()).getString("status");
            return "PENDING".equals(status) || "SENT".equals(status) ? null : status;
        });
    }

    @Test
    void liveReportsReachTheTwins() {
        String gauge = member(reliable, "gauge1").twinId();
        double level = Eventually.await(WAIT, "the gauge's level on its twin", () -> {
            JsonObject p = property(gauge, "level");
            return p.get("value") instanceof jakarta.json.JsonNumber n ? n.doubleValue() : null;
        });
        assertTrue(level > 50 && level < 200, "a plausible level: " + level);

        Simulation.Member bell = member(reliable, "home1-doorbell");
        ((Doorbell) bell.device()).press();
        Eventually.await(WAIT, "the ring on the doorbell's twin", () ->
                property(bell.twinId(), "pressed").get("value") == jakarta.json.JsonValue.TRUE ? true : null);
    }

    @Test
    void commandsAreCarriedOutAndAnswered() {
        String lock = member(reliable, "home1-lock").twinId();
        assertEquals("ACKED", command(lock, "open", "{}"));
        Eventually.await(WAIT, "the lock's twin open", () ->
                property(lock, "locked").get("value") == jakarta.json.JsonValue.FALSE ? true : null);

        String camera = member(reliable, "home1-camera").twinId();
        assertEquals("ACKED", command(camera, "snapshot", "{}"));
        Eventually.await(WAIT, "the camera's twin telling when it took a picture", () ->
                property(camera, "lastSnapshotAt").getString("value", "").isEmpty() ? null : true);

        String light = member(reliable, "light1").twinId();
        assertEquals("ACKED", command(light, "switch", "{\"on\":false}"));
        Eventually.await(WAIT, "the light's twin off", () ->
                property(light, "on").get("value") == jakarta.json.JsonValue.FALSE ? true : null);
    }

    @Test
    void aDeviceThatFailsSaysSoAndItsTwinKeepsItsState() {
        String lock = member(broken, "home1-lock").twinId();
        Eventually.await(WAIT, "the broken lock's first report", () ->
                property(lock, "locked").get("value") == jakarta.json.JsonValue.TRUE ? true : null);
        assertEquals("FAILED", command(lock, "open", "{}"));
        assertEquals(jakarta.json.JsonValue.TRUE, property(lock, "locked").get("value"));
    }
}
