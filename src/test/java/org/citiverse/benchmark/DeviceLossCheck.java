package org.citiverse.benchmark;

import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.citiverse.benchmark.DeviceFleet.Gauge;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;

/**
 * Loss check: reports keep arriving while the server is killed with SIGKILL in the middle of taking
 * them; the server is started again, and every report must then have been applied exactly once —
 * journaled once, in its twin's history once, each twin showing its newest report, none dead-lettered.
 * Against the test environment (the server citiverse-it on Artemis), like {@link DeviceBenchmark}:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.citiverse.benchmark.DeviceLossCheck \
 *     -Dexec.args="http://localhost:9180 tcp://localhost:9480 jdbc:postgresql://127.0.0.1:55432/citiverse 20000"
 * </pre>
 * Exits with status 1 when anything was lost or applied twice.
 */
public final class DeviceLossCheck {

    private DeviceLossCheck() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9180";
        int reports = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        boolean intact;
        try (DeviceFleet fleet = new DeviceFleet(base, args.length > 1 ? args[1] : "tcp://localhost:9480",
                args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:55432/citiverse")) {
            intact = survives(fleet, reports);
        }
        System.exit(intact ? 0 : 1);
    }

    private static boolean survives(DeviceFleet fleet, int reports) throws Exception {
        List<Gauge> gauges = fleet.gauges(50, false);
        String prefix = "loss-" + fleet.run + "-";
        Instant origin = Instant.now();
        Thread sender = new Thread(() -> {
            try (JMSContext jms = fleet.broker.createContext(JMSContext.SESSION_TRANSACTED)) {
                Queue ingress = jms.createQueue(DeviceFleet.INGRESS);
                for (int i = 0; i < reports; i++) {
                    DeviceFleet.send(jms, ingress, gauges.get(i % gauges.size()), prefix + i, i, origin.plusMillis(i));
                    if (i % 100 == 99) {
                        jms.commit();
                    }
                }
                jms.commit();
            }
        });
        sender.start();

        while (fleet.journaled(prefix) < reports / 4) {
            Thread.sleep(20);
        }
        ProcessHandle server = DeviceFleet.server();
        long before = fleet.journaled(prefix);
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
        System.out.printf("killed the server (SIGKILL) with %d of %d reports applied%n", before, reports);
        sender.join();

        Process start = new ProcessBuilder(Path.of("target/liberty/wlp/bin/server").toString(), "start", "citiverse-it")
                .inheritIO().start();
        Figures.check(start.waitFor() == 0, "the server did not start again");
        awaitReady(fleet.base);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        long journaled;
        while ((journaled = fleet.journaled(prefix)) < reports && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        // A little longer: anything applied twice would show now.
        Thread.sleep(5_000);
        journaled = fleet.journaled(prefix);

        long history;
        long newestWrong = 0;
        try (Connection db = fleet.database();
                var q = db.prepareStatement("select count(*) from twin_history where twin_id = any (?)")) {
            q.setArray(1, db.createArrayOf("varchar", gauges.stream().map(Gauge::twin).toArray()));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                history = r.getLong(1);
            }
        }
        PortalClient admin = new PortalClient(fleet.base).signIn("admin");
        Map<Integer, Integer> newest = new TreeMap<>();
        for (int i = 0; i < reports; i++) {
            newest.put(i % gauges.size(), i);
        }
        for (var e : newest.entrySet()) {
            var twin = Json.object(admin.get("/api/v1/twins/" + gauges.get(e.getKey()).twin()).body());
            int level = twin.getJsonObject("properties").getJsonObject("level").getJsonNumber("value").intValue();
            if (level != e.getValue()) {
                newestWrong++;
            }
        }
        int deadLettered;
        try (JMSContext jms = fleet.broker.createContext();
                QueueBrowser browser = jms.createBrowser(jms.createQueue("citiverse.device.deadletter"),
                        "CitiVerseMessageId LIKE '" + prefix + "%'")) {
            deadLettered = Collections.list(browser.getEnumeration()).size();
        }
        boolean intact = journaled == reports && history == reports && newestWrong == 0 && deadLettered == 0;
        System.out.printf("after restart: %d of %d reports journaled, %d history entries, %d twins not at their newest"
                + " report, %d dead-lettered: %s%n", journaled, reports, history, newestWrong, deadLettered,
                intact ? "every report applied exactly once" : "LOSS OR DUPLICATION");
        return intact;
    }

    private static void awaitReady(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 180; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the server did not become ready");
    }
}
