package org.citiverse.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.citiverse.testsupport.PortalClient;

/**
 * The twin system at city scale: fills the test environment's PostgreSQL with generated twins
 * (street lights and sensors on a grid over a city, homes owned by households, each with its
 * owner's grant) and history rows, then measures through the API what people do most: "what is
 * here?" (a 500 m radius search) as an administrator and as staff whose grants filter the
 * result, a one-day history read of a sensor, the same sensor's history downsampled per hour
 * for a chart, and the places API (services and twins within 500 m).
 *
 * <pre>
 * bash src/test/it/environment.sh start target
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.citiverse.benchmark.TwinBenchmark \
 *     -Dexec.args="http://localhost:9180 jdbc:postgresql://127.0.0.1:55432/citiverse 100000 1000000"
 * bash src/test/it/environment.sh stop target
 * </pre>
 * Generation is skipped when the database already holds the generated twins. Only for the
 * disposable test database: it writes straight into the twin tables.
 */
public final class TwinBenchmark {

    private static final String PREFIX = "bench ";
    private static final double MIN_LAT = 52.00;
    private static final double MIN_LON = 5.00;
    private static final double SPAN_LAT = 0.20;
    private static final double SPAN_LON = 0.30;

    private TwinBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9180";
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:55432/citiverse";
        int twins = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int historyRows = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        int sensors = Math.max(1, Math.min(1000, twins / 100));
        try (Connection db = DriverManager.getConnection(jdbc, "citiverse",
                System.getProperty("db.password", "citiverse-it"))) {
            db.setAutoCommit(false);
            long existing = count(db, "select count(*) from twin where name like 'bench %'");
            if (existing < twins) {
                long start = System.nanoTime();
                generate(db, twins, sensors, historyRows);
                System.out.printf("generated %,d twins, %,d grants, %,d history rows in %.0f s%n", twins, twins,
                        historyRows, (System.nanoTime() - start) / 1e9);
            }
            System.out.printf("database: %,d twins, %,d grants, %,d history rows%n", count(db, "select count(*) from twin"),
                    count(db, "select count(*) from twin_grant"), count(db, "select count(*) from twin_history"));
            try (var analyse = db.createStatement()) {
                analyse.execute("analyze twin; analyze twin_ancestor; analyze twin_grant; analyze twin_history");
                db.commit();
            }
        }
        measure(base);
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void generate(Connection db, int twins, int sensors, int historyRows) throws Exception {
        Random random = new Random(42);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> sensorIds = new ArrayList<>();
        try (PreparedStatement twin = db.prepareStatement("insert into twin (id, type, name, owner, link_type, "
                + "latitude, longitude, properties, state, state_version, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, '{}', 0, ?, 0)");
             PreparedStatement self = db.prepareStatement("insert into twin_ancestor (twin_id, ancestor_id, depth) "
                     + "values (?, ?, 0)");
             PreparedStatement grant = db.prepareStatement("insert into twin_grant (id, twin_id, principal, "
                     + "permission, granted_by, granted_at) values (?, ?, ?, 'ADMINISTER', 'benchmark', ?)")) {
            for (int i = 0; i < twins; i++) {
                String id = "urn:citiverse:twin:" + UUID.randomUUID();
                boolean home = i % 10 == 0;
                boolean sensor = !home && sensorIds.size() < sensors && i % 7 == 1;
                String type = home ? "home" : sensor ? "water-level-sensor" : "street-light";
                String owner = home ? "household:" + UUID.randomUUID()
                        : "department:" + (sensor ? "waste" : i % 3 == 0 ? "lighting" : "roads");
                twin.setString(1, id);
                twin.setString(2, type);
                twin.setString(3, PREFIX + type + " " + i);
                twin.setString(4, owner);
                twin.setString(5, home ? "NL" : "L2");
                twin.setDouble(6, MIN_LAT + random.nextDouble() * SPAN_LAT);
                twin.setDouble(7, MIN_LON + random.nextDouble() * SPAN_LON);
                twin.setString(8, sensor ? "{\"level\":\"NUMBER\"}" : "{\"on\":\"BOOLEAN\"}");
                twin.setTimestamp(9, Timestamp.from(now));
                twin.addBatch();
                self.setString(1, id);
                self.setString(2, id);
                self.addBatch();
                grant.setObject(1, UUID.randomUUID());
                grant.setString(2, id);
                grant.setString(3, owner);
                grant.setTimestamp(4, Timestamp.from(now));
                grant.addBatch();
                if (sensor) {
                    sensorIds.add(id);
                }
                if (i % 5000 == 4999) {
                    twin.executeBatch();
                    self.executeBatch();
                    grant.executeBatch();
                    db.commit();
                }
            }
            twin.executeBatch();
            self.executeBatch();
            grant.executeBatch();
            db.commit();
        }
        try (PreparedStatement history = db.prepareStatement("insert into twin_history (id, twin_id, observed_at, "
                + "received_at, kind, values_json, applied) values (?, ?, ?, ?, 'STATE', ?, true)")) {
            int perSensor = historyRows / sensorIds.size();
            int n = 0;
            for (String sensor : sensorIds) {
                for (int k = 0; k < perSensor; k++) {
                    Instant at = now.minus((long) k * 5, ChronoUnit.MINUTES);
                    history.setObject(1, UUID.randomUUID());
                    history.setString(2, sensor);
                    history.setTimestamp(3, Timestamp.from(at));
                    history.setTimestamp(4, Timestamp.from(at.plusSeconds(1)));
                    history.setString(5, "{\"level\":" + random.nextInt(300) + "}");
                    history.addBatch();
                    if (++n % 10_000 == 0) {
                        history.executeBatch();
                        db.commit();
                    }
                }
            }
            history.executeBatch();
            db.commit();
        }
    }

    private static void measure(String base) {
        Random random = new Random(7);
        PortalClient admin = new PortalClient(base).signIn("admin");
        PortalClient staff = new PortalClient(base).signIn("staff");
        for (int i = 0; i < 20; i++) {
            admin.get(nearQuery(random));
        }
        print("radius 500 m search, city administrator (no grant filter)", time(admin, random, 200));
        print("radius 500 m search, staff (grants of two departments filter)", time(staff, random, 200));

        String sensor = admin.get("/api/v1/twins?type=water-level-sensor&q=bench&limit=50").body()
                .replaceFirst("(?s).*?\"id\":\"(urn:citiverse:twin:[^\"]+)\".*", "$1");
        List<Long> history = new ArrayList<>();
        long rows = 0;
        Instant now = Instant.now();
        for (int i = 0; i < 200; i++) {
            // Each sensor has 1,000 readings 5 minutes apart (about 3.5 days): read full days of them.
            Instant to = now.minus(random.nextInt(60), ChronoUnit.HOURS);
            long s = System.nanoTime();
            var r = admin.get("/api/v1/twins/" + sensor + "/history?from=" + to.minus(1, ChronoUnit.DAYS) + "&to=" + to
                    + "&limit=1000");
            history.add(System.nanoTime() - s);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("history " + r.statusCode() + " " + r.body());
            }
            rows += r.body().split("\"observedAt\"", -1).length - 1;
        }
        print("history read, one sensor, one day (" + rows / 200 + " rows on average)", history);

        // The chart's read: a sensor's whole history (about 3.5 days) summarised per hour.
        List<Long> downsampled = new ArrayList<>();
        long buckets = 0;
        for (int i = 0; i < 200; i++) {
            long s = System.nanoTime();
            var r = admin.get("/api/v1/twins/" + sensor + "/history?from=" + now.minus(4, ChronoUnit.DAYS) + "&to="
                    + now.plus(1, ChronoUnit.HOURS) + "&every=PT1H");
            downsampled.add(System.nanoTime() - s);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("downsampled history " + r.statusCode() + " " + r.body());
            }
            buckets += r.body().split("\"start\"", -1).length - 1;
        }
        print("history downsampled, one sensor, 4 days per hour (" + buckets / 200 + " buckets of ~12 rows)",
                downsampled);

        // "What is here?": services and the twins the caller may see within 500 m.
        List<Long> here = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String place = nearQuery(random).replaceFirst(".*near=([^&]+).*", "$1");
            long s = System.nanoTime();
            var r = staff.get("/api/v1/places?near=" + place + "&radius=500");
            here.add(System.nanoTime() - s);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("places " + r.statusCode() + " " + r.body());
            }
        }
        print("what is here, 500 m, staff (services + grant-filtered twins)", here);
    }

    private static String nearQuery(Random random) {
        return String.format(java.util.Locale.ROOT, "/api/v1/twins?near=%.5f,%.5f&radius=500&limit=100",
                MIN_LAT + random.nextDouble() * SPAN_LAT, MIN_LON + random.nextDouble() * SPAN_LON);
    }

    private static List<Long> time(PortalClient client, Random random, int times) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            var r = client.get(nearQuery(random));
            nanos.add(System.nanoTime() - s);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("search " + r.statusCode() + " " + r.body());
            }
        }
        return nanos;
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests)%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size());
    }
}
