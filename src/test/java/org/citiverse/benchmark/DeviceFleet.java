package org.citiverse.benchmark;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;

/**
 * The test environment as the device benchmarks use it: the server's REST API (to set up twins and
 * devices), the Artemis broker (to play the device layer over the documented JMS contract) and
 * PostgreSQL (to count what became durable). Every twin is a water-level gauge with one device.
 */
final class DeviceFleet implements AutoCloseable {

    static final String INGRESS = "citiverse.device.ingress";
    static final String COMMANDS = "citiverse.device.commands";
    static final String ACKS = "citiverse.device.acks";

    /** One gauge: its twin and its device. */
    record Gauge(String twin, Devices.Device device) {
    }

    final String base;
    final PortalClient admin;
    final ActiveMQConnectionFactory broker;
    final String jdbc;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    DeviceFleet(String base, String brokerUrl, String jdbc) throws IOException {
        this.base = base;
        this.admin = new PortalClient(base).signIn("admin");
        String password = System.getProperty("broker.password",
                Files.readString(Path.of("target/it-environment/artemis-password")).trim());
        this.broker = new ActiveMQConnectionFactory(brokerUrl, "citiverse", password);
        this.jdbc = jdbc;
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbc, "citiverse", System.getProperty("db.password", "citiverse-it"));
    }

    /**
     * Twins (L1 gauges, or L2 with an action when {@code actuated}) with a registered device each,
     * set up a few at a time.
     */
    List<Gauge> gauges(int count, boolean actuated) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Gauge>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                made.add(pool.submit(() -> gauge(n, actuated)));
            }
            List<Gauge> gauges = new ArrayList<>();
            for (var gauge : made) {
                gauges.add(gauge.get());
            }
            return gauges;
        } finally {
            pool.shutdownNow();
        }
    }

    private Gauge gauge(int i, boolean actuated) {
        HttpResponse<String> twin = admin.postJson("/api/v1/twins", "{\"type\":\"water-level-sensor\",\"name\":"
                + "\"Gauge " + run + "-" + i + "\",\"owner\":\"department:roads\",\"linkType\":\""
                + (actuated ? "L2\",\"actions\":[\"flush\"]" : "L1\"") + ",\"properties\":{\"level\":\"NUMBER\"}}",
                Map.of());
        Figures.check(twin.statusCode() == 201, "twin " + twin.statusCode() + " " + twin.body());
        String twinId = Json.object(twin.body()).getString("id");
        return new Gauge(twinId, Devices.register(admin, "gauge-" + run, "water-level", twinId));
    }

    /** The n-th report of a run: a level reading observed at the given time, signed by its device. */
    static void send(JMSContext jms, Queue ingress, Gauge gauge, String messageId, long level, Instant observedAt) {
        String body = "{\"observedAt\":\"" + observedAt + "\",\"values\":{\"level\":" + level + "}}";
        JMSProducer producer = jms.createProducer()
                .setProperty("CitiVerseMessageId", messageId)
                .setProperty("CitiVerseDeviceId", gauge.device().id())
                .setProperty("CitiVerseContentType", "application/json")
                .setProperty("CitiVerseSignature", gauge.device().sign(messageId, "application/json", body));
        TextMessage message = jms.createTextMessage(body);
        producer.send(ingress, message);
    }

    /** Reports of this run journaled (durable and applied) so far. */
    long journaled(String prefix) throws SQLException {
        try (Connection db = database();
                var statement = db.prepareStatement("select count(*) from device_inbound_message where message_id like ?")) {
            statement.setString(1, prefix + "%");
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The Liberty process of the production-configured test server, for its resident memory. */
    /** This build tree's test server: another build tree on the same machine runs a citiverse-it of its own. */
    static ProcessHandle server() {
        String wlp = Path.of("target/liberty/wlp").toAbsolutePath().normalize() + "/";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains("citiverse-it")
                        && c.contains(wlp)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("citiverse-it is not running"));
    }

    static long residentKilobytes(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        broker.close();
    }
}
