package org.citiverse.benchmark;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.citiverse.benchmark.DeviceFleet.Gauge;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;

/**
 * The device layer under load through its JMS contract (FGMV-31): signed reports put on the
 * broker's ingress queue as a gateway would, taken by the server's MDB, applied to twins and
 * journaled. Run against the test environment (the server on 9180 uses the Artemis broker on 9480):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.citiverse.benchmark.DeviceBenchmark \
 *     -Dexec.args="http://localhost:9180 tcp://localhost:9480 jdbc:postgresql://127.0.0.1:55432/citiverse all"
 * </pre>
 * The last arguments choose what runs: {@code baselines} (the broker's own persistent send/receive
 * rate and PostgreSQL's single-row insert rate), {@code throughput N} (N reports as fast as the
 * server takes them), {@code latency RATE SECONDS} (a steady rate; enqueue to committed state, and
 * the server's resident memory every 10 s — {@code latency 1000 600} is the ten-minute run),
 * {@code commands N RATE} (N commands at RATE/s, default 50, after N/2 unmeasured ones: command issued →
 * device answer → ACKED), or {@code all} (each, shortly).
 */
public final class DeviceBenchmark {

    private static final String BASELINE_QUEUE = "citiverse.benchmark.baseline";
    /**
     * Devices the throughput and latency runs spread their reports over ({@code -Dbenchmark.devices}):
     * at 5,000 reports/s, 500 devices each report ten times a second, already far more often than
     * a city's sensors do.
     */
    private static final int DEVICES = Integer.getInteger("benchmark.devices", 500);

    private DeviceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9180";
        String brokerUrl = args.length > 1 ? args[1] : "tcp://localhost:9480";
        String jdbc = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:55432/citiverse";
        String mode = args.length > 3 ? args[3] : "all";
        System.out.printf("CitiVerse device benchmark: %s, broker %s, %d cores%n", base, brokerUrl,
                Runtime.getRuntime().availableProcessors());
        try (DeviceFleet fleet = new DeviceFleet(base, brokerUrl, jdbc)) {
            switch (mode) {
                case "baselines" -> baselines(fleet, 20_000);
                case "throughput" -> throughput(fleet, Figures.number(args, 4, 50_000));
                case "latency" -> latency(fleet, Figures.number(args, 4, 1_000), Figures.number(args, 5, 60));
                case "commands" -> commands(fleet, Figures.number(args, 4, 1_000), Figures.number(args, 5, 50));
                case "all" -> {
                    double[] rates = baselines(fleet, 20_000);
                    double ours = throughput(fleet, 30_000);
                    System.out.printf("sustained ingestion = %.0f%% of the broker's persistent receive rate, %.0f%% of"
                            + " PostgreSQL's single-row insert rate%n", 100 * ours / rates[1], 100 * ours / rates[2]);
                    latency(fleet, 1_000, 60);
                    commands(fleet, 1_000, 50);
                }
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        }
    }


    /** Returns the broker's send and receive rate and PostgreSQL's insert rate, per second. */
    static double[] baselines(DeviceFleet fleet, int messages) throws Exception {
        int threads = 4;
        String body = "{\"observedAt\":\"" + Instant.now() + "\",\"values\":{\"level\":12}}";
        long start = System.nanoTime();
        Parallel.run(threads, t -> {
            try (JMSContext jms = fleet.broker.createContext(JMSContext.SESSION_TRANSACTED)) {
                Queue queue = jms.createQueue(BASELINE_QUEUE);
                for (int i = t; i < messages; i += threads) {
                    jms.createProducer().setProperty("CitiVerseMessageId", "baseline-" + i).send(queue, body);
                    if (i / threads % 100 == 99) {
                        jms.commit();
                    }
                }
                jms.commit();
            }
        });
        double send = messages / seconds(start);
        // Received as the MDB takes reports: one message per transaction, several consumers.
        AtomicInteger received = new AtomicInteger();
        start = System.nanoTime();
        Parallel.run(8, t -> {
            try (JMSContext jms = fleet.broker.createContext(JMSContext.SESSION_TRANSACTED);
                    JMSConsumer consumer = jms.createConsumer(jms.createQueue(BASELINE_QUEUE))) {
                while (received.get() < messages) {
                    Message m = consumer.receive(500);
                    if (m != null) {
                        jms.commit();
                        received.incrementAndGet();
                    }
                }
            }
        });
        double receive = messages / seconds(start);
        System.out.printf("broker baseline: persistent send %.0f msg/s (4 producers, 100 per transaction), "
                + "receive %.0f msg/s (8 consumers, one per transaction)%n", send, receive);

        String table = "benchmark_baseline_" + fleet.run;
        try (Connection db = fleet.database(); Statement s = db.createStatement()) {
            s.execute("create table " + table + " (id bigint primary key, payload varchar(200) not null)");
        }
        int rows = messages;
        start = System.nanoTime();
        Parallel.run(8, t -> {
            try (Connection db = fleet.database();
                    var insert = db.prepareStatement("insert into " + table + " values (?, ?)")) {
                for (int i = t; i < rows; i += 8) {
                    insert.setLong(1, i);
                    insert.setString(2, body);
                    insert.executeUpdate(); // autocommit: one durable transaction per row
                }
            }
        });
        double insert = rows / seconds(start);
        try (Connection db = fleet.database(); Statement s = db.createStatement()) {
            s.execute("drop table " + table);
        }
        System.out.printf("PostgreSQL baseline: %.0f single-row inserts/s (8 connections, one commit each)%n", insert);
        return new double[] {send, receive, insert};
    }

    /** Reports/s from the first send until every report is journaled (applied to its twin, durable). */
    static double throughput(DeviceFleet fleet, int reports) throws Exception {
        List<Gauge> gauges = fleet.gauges(DEVICES, false);
        String prefix = "tp-" + fleet.run + "-";
        Instant origin = Instant.now();
        long start = System.nanoTime();
        int threads = 4;
        Parallel.run(threads, t -> {
            try (JMSContext jms = fleet.broker.createContext(JMSContext.SESSION_TRANSACTED)) {
                Queue ingress = jms.createQueue(DeviceFleet.INGRESS);
                for (int i = t; i < reports; i += threads) {
                    DeviceFleet.send(jms, ingress, gauges.get(i % gauges.size()), prefix + i, i,
                            origin.plusMillis(i));
                    if (i / threads % 100 == 99) {
                        jms.commit();
                    }
                }
                jms.commit();
            }
        });
        double sent = seconds(start);
        awaitJournaled(fleet, prefix, reports, start);
        double total = seconds(start);
        System.out.printf("throughput: %d reports enqueued in %.1f s (%.0f/s); all applied and durable after %.1f s"
                + " = %.0f reports/s sustained%n", reports, sent, reports / sent, total, reports / total);
        return reports / total;
    }

    private static void awaitJournaled(DeviceFleet fleet, String prefix, long expected, long since) throws Exception {
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long now = fleet.journaled(prefix);
            if (now >= expected) {
                return;
            }
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            }
            Figures.check(System.nanoTime() - lastChange < 60_000_000_000L,
                    "ingestion stalled at " + now + "/" + expected + " after " + seconds(since) + " s");
            Thread.sleep(200);
        }
    }

    /**
     * A steady rate of reports; each report's latency is from the moment it is put on the queue to the
     * commit of the transaction that applied it (PostgreSQL's commit timestamp of its journal row).
     */
    static void latency(DeviceFleet fleet, int rate, int seconds) throws Exception {
        List<Gauge> gauges = fleet.gauges(DEVICES, false);
        String prefix = "lat-" + fleet.run + "-";
        int total = rate * seconds;
        Map<String, Instant> sentAt = new ConcurrentHashMap<>(total * 2);
        ProcessHandle server = DeviceFleet.server();
        List<Long> rss = Collections.synchronizedList(new ArrayList<>());
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> rss.add(DeviceFleet.residentKilobytes(server)), 0, 10,
                java.util.concurrent.TimeUnit.SECONDS);
        long start = System.nanoTime();
        paced(fleet, gauges, prefix, rate, total, sentAt, () -> false);
        double sending = seconds(start);
        awaitJournaled(fleet, prefix, total, start);
        sampler.shutdownNow();
        rss.add(DeviceFleet.residentKilobytes(server));

        List<Long> nanos = new ArrayList<>(total);
        String clock;
        try (Connection db = fleet.database(); Statement s = db.createStatement()) {
            boolean commitTimes;
            try (ResultSet r = s.executeQuery("show track_commit_timestamp")) {
                commitTimes = r.next() && "on".equals(r.getString(1));
            }
            clock = commitTimes ? "commit" : "journal time (track_commit_timestamp is off)";
            String when = commitTimes ? "pg_xact_commit_timestamp(xmin)" : "received_at";
            try (var q = db.prepareStatement("select message_id, " + when + " from device_inbound_message where"
                    + " message_id like ?")) {
                q.setString(1, prefix + "%");
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        Instant applied = r.getObject(2, java.time.OffsetDateTime.class).toInstant();
                        nanos.add(Duration.between(sentAt.get(r.getString(1)), applied).toNanos());
                    }
                }
            }
        }
        System.out.printf("latency run: %d reports at %d/s over %.1f s%n", total, rate, sending);
        Figures.print("enqueue -> " + clock + " of the applied report", nanos);
        List<Long> sorted = new ArrayList<>(rss);
        Collections.sort(sorted);
        System.out.printf("server resident memory (every 10 s): first %d MB, min %d MB, max %d MB, last %d MB%n",
                rss.get(0) / 1024, sorted.get(0) / 1024, sorted.get(sorted.size() - 1) / 1024,
                rss.get(rss.size() - 1) / 1024);
    }

    /**
     * Sends {@code total} level reports at {@code rate} per second from four threads (round robin over
     * the gauges), noting when each was sent; stops early when {@code stop} says so.
     */
    static void paced(DeviceFleet fleet, List<Gauge> gauges, String prefix, int rate, int total,
                      Map<String, Instant> sentAt, java.util.function.BooleanSupplier stop) throws Exception {
        int threads = 4;
        long start = System.nanoTime();
        long interval = 1_000_000_000L * threads / rate;
        Parallel.run(threads, t -> {
            try (JMSContext jms = fleet.broker.createContext()) {
                Queue ingress = jms.createQueue(DeviceFleet.INGRESS);
                long due = start + t * (interval / threads);
                for (int i = t; i < total && !stop.getAsBoolean(); i += threads) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    due += interval;
                    String id = prefix + i;
                    Instant now = Instant.now();
                    sentAt.put(id, now);
                    DeviceFleet.send(jms, ingress, gauges.get(i % gauges.size()), id, i, now);
                }
            }
        });
    }

    /**
     * Commands through the REST API to devices played here on the broker: each command taken from the
     * commands queue is answered at once on the acks queue, signed. Round trip from the command's
     * creation to its ACKED state, from the server's own timestamps.
     */
    static void commands(DeviceFleet fleet, int count, int rate) throws Exception {
        List<Gauge> gauges = fleet.gauges(20, true);
        Map<String, Gauge> byTwin = new HashMap<>();
        gauges.forEach(g -> byTwin.put(g.twin(), g));
        // A report makes each device online, so its commands go out at once.
        String prefix = "cmd-" + fleet.run + "-";
        try (JMSContext jms = fleet.broker.createContext()) {
            for (int i = 0; i < gauges.size(); i++) {
                DeviceFleet.send(jms, jms.createQueue(DeviceFleet.INGRESS), gauges.get(i), prefix + i, i, Instant.now());
            }
        }
        awaitJournaled(fleet, prefix, gauges.size(), System.nanoTime());

        // Half as many again go first, unmeasured: a server that has just started compiles its hot
        // paths during the first few hundred commands, and that is not the round trip a city sees.
        int warmup = count / 2;
        int total = warmup + count;
        AtomicLong answered = new AtomicLong();
        int answerers = 4; // a gateway answers over a few connections, like the server consumes with a few
        ExecutorService layer = Executors.newFixedThreadPool(answerers);
        List<Future<?>> deviceLayer = new ArrayList<>();
        for (int a = 0; a < answerers; a++) deviceLayer.add(layer.submit(() -> {
            try (JMSContext jms = fleet.broker.createContext();
                    JMSConsumer commands = jms.createConsumer(jms.createQueue(DeviceFleet.COMMANDS))) {
                Queue acks = jms.createQueue(DeviceFleet.ACKS);
                while (answered.get() < total && !Thread.currentThread().isInterrupted()) {
                    Message command = commands.receive(1_000);
                    Gauge gauge = command == null ? null : byTwin.get(command.getStringProperty("CitiVerseTwinId"));
                    if (gauge == null) {
                        continue; // another run's or the platform's own command
                    }
                    String correlation = command.getJMSCorrelationID();
                    String body = "{\"correlationId\":\"" + correlation + "\",\"outcome\":\"ok\"}";
                    jms.createProducer().setProperty("CitiVerseDeviceId", gauge.device().id())
                            .setProperty("CitiVerseSignature", gauge.device().sign(correlation, "application/json",
                                    body))
                            .send(acks, body);
                    answered.incrementAndGet();
                }
            }
            return null;
        }));

        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        List<Long> posts = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        int clients = 4;
        Parallel.run(clients, t -> {
            PortalClient admin = new PortalClient(fleet.base).signIn("admin");
            for (int i = t; i < total; i += clients) {
                // Paced: command i is issued at start + i/rate, so the round trip is measured at a
                // stated load and not as a queue of everything at once.
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long s = System.nanoTime();
                HttpResponse<String> r = admin.postJson("/api/v1/commands", "{\"twin\":\""
                        + gauges.get(i % gauges.size()).twin() + "\",\"action\":\"flush\"}", Map.of());
                Figures.check(r.statusCode() == 202, "command " + r.statusCode() + " " + r.body());
                if (i >= warmup) {
                    posts.add(System.nanoTime() - s);
                    ids.add(Json.object(r.body()).getString("commandId"));
                }
            }
        });
        List<Long> nanos = new ArrayList<>();
        Map<String, Integer> statuses = new HashMap<>();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            nanos.clear();
            statuses.clear();
            try (Connection db = fleet.database();
                    var q = db.prepareStatement("select status, created_at, finished_at from device_actuation"
                            + " where id = any (?)")) {
                q.setArray(1, db.createArrayOf("uuid", ids.toArray()));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        statuses.merge(r.getString(1), 1, Integer::sum);
                        if ("ACKED".equals(r.getString(1))) {
                            nanos.add(Duration.between(r.getObject(2, java.time.OffsetDateTime.class),
                                    r.getObject(3, java.time.OffsetDateTime.class)).toNanos());
                        }
                    }
                }
            }
            if (nanos.size() == count || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = seconds(start);
        deviceLayer.forEach(answering -> answering.cancel(true));
        layer.shutdownNow();
        System.out.printf("commands: %d issued at %d/s after %d unmeasured, answered in %.1f s, outcomes %s%n", count,
                rate, warmup, seconds, statuses);
        Figures.print("command POST (persist + send, XA)", posts);
        Figures.print("command round trip (created -> device answer -> ACKED)", nanos);
    }


    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
