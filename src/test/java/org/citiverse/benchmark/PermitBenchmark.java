package org.citiverse.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;

/**
 * Permit checks at city scale: loads a generated district of parcels, each with a house, into the
 * city model through the admin import, uploads and activates a rule set with many rules for
 * extensions, then measures checks through {@code POST /api/v1/permit-checks} as third-party apps
 * make them (a position, an activity, a planned footprint's width and depth: the server finds the
 * parcel and its zone, places the footprint and computes its distance to the boundary and the
 * coverage after it, then evaluates the rules). Run against the test environment (the
 * production-configured server on 9180, its PostgreSQL on 55432):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
 *     -Dexec.mainClass=org.citiverse.benchmark.PermitBenchmark \
 *     -Dexec.args="http://localhost:9180 jdbc:postgresql://127.0.0.1:55432/citiverse all"
 * </pre>
 * The last arguments choose what runs: {@code model N} (N parcels on a grid, with a house on each
 * and a residential zone over them, imported in files of {@value #FEATURES_PER_FILE} features;
 * prints features/s and the time until the model in memory answers with the new parcels),
 * {@code rules R} (a rule set of R rules for {@code extension} in residential zones, uploaded and
 * activated {@value #ACTIVATIONS} times, each a new version; prints upload and activation times),
 * {@code check CLIENTS SECONDS} (CLIENTS apps checking extensions on random parcels of the district
 * for SECONDS after a 5 s unmeasured warm-up; prints checks/s, p50/p95/p99 and the outcomes), or
 * {@code all} ({@code model 100000} when the district has fewer parcels, {@code rules 100},
 * {@code check 16 30}). The district's ids start with {@code BENCH-}; it stays in the disposable
 * test database. Talks only to servers on this machine; every loop is bounded in count and time.
 */
public final class PermitBenchmark {

    static final int FEATURES_PER_FILE = 25_000;
    static final int ACTIVATIONS = 5;
    private static final int WARM_UP_SECONDS = 5;
    private static final int MAX_CHECKS_PER_CLIENT = 1_000_000;
    private static final String ACTIVITY = "extension";

    /** The district: a grid of parcels 10 m wide and 25 m deep, north-east of the demo city. */
    private static final double ORIGIN_LAT = 52.13;
    private static final double ORIGIN_LON = 5.20;
    private static final int COLUMNS = 400;
    private static final double PARCEL_WIDTH_M = 10;
    private static final double PARCEL_DEPTH_M = 25;
    private static final double METRES_PER_DEGREE_LAT = 111_195;
    private static final double METRES_PER_DEGREE_LON = METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(ORIGIN_LAT));

    private PermitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9180";
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:55432/citiverse";
        String mode = args.length > 2 ? args[2] : "all";
        Figures.requireLocal("server", base);
        Figures.requireLocal("database", jdbc.substring(jdbc.indexOf(':') + 1));
        System.out.printf("CitiVerse permit benchmark: %s, %s, %d cores%n", base, jdbc,
                Runtime.getRuntime().availableProcessors());
        int parcels = districtParcels(jdbc);
        System.out.printf("the district holds %,d parcels at the start%n", parcels);
        switch (mode) {
            case "model" -> model(base, Figures.number(args, 3, 100_000));
            case "rules" -> rules(base, Figures.number(args, 3, 100));
            case "check" -> check(base, parcels, Figures.number(args, 3, 16), Figures.number(args, 4, 30));
            case "all" -> {
                if (parcels < 100_000) {
                    model(base, 100_000);
                    parcels = 100_000;
                }
                rules(base, 100);
                check(base, parcels, 16, 30);
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode
                    + " (model N, rules R, check CLIENTS SECONDS, or all)");
        }
    }

    // ---------------------------------------------------------------- the city model

    static void model(String base, int count) throws Exception {
        Figures.check(count > 0 && count <= 1_000_000, "model 1 to 1,000,000 parcels");
        PortalClient admin = new PortalClient(base).signIn("admin");
        int rows = (count + COLUMNS - 1) / COLUMNS;
        String zone = "{\"type\":\"Feature\",\"id\":\"BENCH-R1\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
                + ring(-5, -5, Math.min(count, COLUMNS) * PARCEL_WIDTH_M + 5, rows * PARCEL_DEPTH_M + 5)
                + "]},\"properties\":{\"type\":\"residential\",\"name\":\"Benchmark district\",\"maxHeightM\":10,"
                + "\"minSetbackM\":1,\"maxLotCoveragePct\":50}}";
        importFile(admin, "zones", List.of(zone), 1);
        long parcelNanos = 0;
        long buildingNanos = 0;
        for (int first = 0; first < count; first += FEATURES_PER_FILE) {
            int last = Math.min(count, first + FEATURES_PER_FILE);
            List<String> parcelFeatures = new ArrayList<>();
            List<String> buildingFeatures = new ArrayList<>();
            for (int i = first; i < last; i++) {
                double x = (i % COLUMNS) * PARCEL_WIDTH_M;
                double y = (i / COLUMNS) * PARCEL_DEPTH_M;
                parcelFeatures.add(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"id\":\"BENCH-P%06d\","
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[%s]},\"properties\":{}}", i,
                        ring(x, y, x + PARCEL_WIDTH_M, y + PARCEL_DEPTH_M)));
                // The house at the street side (south), 1 m from either side and 3 m back from the street.
                buildingFeatures.add(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"id\":\"BENCH-B%06d\","
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[%s]},\"properties\":{\"parcelId\":"
                        + "\"BENCH-P%06d\",\"heightM\":%d}}", i, ring(x + 1, y + 3, x + PARCEL_WIDTH_M - 1, y + 12),
                        i, 6 + i % 5));
            }
            parcelNanos += importFile(admin, "parcels", parcelFeatures, last - first);
            buildingNanos += importFile(admin, "buildings", buildingFeatures, last - first);
        }
        System.out.printf("model import: %,d parcels in %.1f s (%,.0f features/s), %,d houses in %.1f s"
                + " (%,.0f features/s), in files of %,d, each stored in one transaction and the model rebuilt%n",
                count, parcelNanos / 1e9, count / (parcelNanos / 1e9), count, buildingNanos / 1e9,
                count / (buildingNanos / 1e9), FEATURES_PER_FILE);
    }

    /** Imports one file and answers how long it took; every feature must be accepted. */
    private static long importFile(PortalClient admin, String kind, List<String> features, int expected) {
        String file = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
        long start = System.nanoTime();
        HttpResponse<String> answer = admin.post("/api/v1/permit-city-model/" + kind, "application/geo+json", file,
                Map.of());
        long took = System.nanoTime() - start;
        Figures.check(answer.statusCode() == 200, kind + " import: " + answer.statusCode() + " " + Figures.abbreviate(answer.body()));
        var report = Json.object(answer.body());
        Figures.check(report.getInt("accepted") == expected, kind + " import accepted " + report.getInt("accepted")
                + " of " + expected + ": " + Figures.abbreviate(answer.body()));
        System.out.printf("  %s: %,d features, %,d bytes, %.2f s%n", kind, expected, file.length(), took / 1e9);
        return took;
    }

    /** A closed rectangle ring [[lon, lat], …] of the district's metres east and north of its origin. */
    private static String ring(double x1, double y1, double x2, double y2) {
        double[][] corners = {{x1, y1}, {x2, y1}, {x2, y2}, {x1, y2}, {x1, y1}};
        StringBuilder ring = new StringBuilder("[");
        for (double[] c : corners) {
            ring.append(ring.length() > 1 ? "," : "").append(String.format(Locale.ROOT, "[%.7f,%.7f]",
                    lon(c[0]), lat(c[1])));
        }
        return ring.append(']').toString();
    }

    private static double lat(double northMetres) {
        return ORIGIN_LAT + northMetres / METRES_PER_DEGREE_LAT;
    }

    private static double lon(double eastMetres) {
        return ORIGIN_LON + eastMetres / METRES_PER_DEGREE_LON;
    }

    // ---------------------------------------------------------------- rules

    /**
     * Uploads a rule set of {@code count} rules for extensions in residential zones and activates it,
     * {@value #ACTIVATIONS} times (each upload the next version, each activation retiring the one before).
     */
    static void rules(String base, int count) throws Exception {
        Figures.check(count >= 3 && count <= 1_000, "rules 3 to 1,000");
        PortalClient staff = new PortalClient(base).signIn("staff");
        String body = "{\"activity\":\"" + ACTIVITY + "\",\"zoneType\":\"residential\",\"effectiveFrom\":\"2024-01-01\","
                + "\"dmn\":" + jsonString(ExtensionRules.dmn(count)) + ",\"testCases\":" + ExtensionRules.testCases(count)
                + "}";
        List<Long> uploads = new ArrayList<>();
        List<Long> activations = new ArrayList<>();
        for (int n = 0; n < ACTIVATIONS; n++) {
            long start = System.nanoTime();
            HttpResponse<String> uploaded = staff.postJson("/api/v1/permit-rule-sets", body, Map.of());
            long between = System.nanoTime();
            Figures.check(uploaded.statusCode() == 201, "upload: " + uploaded.statusCode() + " "
                    + Figures.abbreviate(uploaded.body()));
            String id = Json.object(uploaded.body()).getString("id");
            long activating = System.nanoTime();
            HttpResponse<String> activated = staff.postJson("/api/v1/permit-rule-sets/" + id + "/activation", "",
                    Map.of());
            long end = System.nanoTime();
            Figures.check(activated.statusCode() == 200, "activation: " + activated.statusCode() + " "
                    + Figures.abbreviate(activated.body()));
            uploads.add(between - start);
            activations.add(end - activating);
        }
        System.out.printf("rule set of %d rules (%,d bytes of DMN, %d test cases), %d versions:%n", count,
                ExtensionRules.dmn(count).length(), ExtensionRules.CASES, ACTIVATIONS);
        Figures.print("  upload (validation and compilation) through REST", uploads);
        Figures.print("  activation (compilation and test cases, the old version retired) through REST", activations);
    }

    // ---------------------------------------------------------------- checks

    static void check(String base, int parcels, int clients, int seconds) throws Exception {
        Figures.check(parcels > 0, "the district has no parcels: run model first");
        Figures.check(clients > 0 && clients <= 256 && seconds > 0 && seconds <= 600, "1-256 clients, 1-600 s");
        long measured = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        long end = measured + seconds * 1_000_000_000L;
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        AtomicReference<String> firstRefusal = new AtomicReference<>();
        // One client for all apps: a client each costs the load generator more than the server.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI target = URI.create(base + "/api/v1/permit-checks");
        Parallel.run(clients, t -> {
            Random random = new Random(41L * t + 3);
            for (int n = 0; n < MAX_CHECKS_PER_CLIENT && System.nanoTime() < end; n++) {
                int parcel = random.nextInt(parcels);
                double x = (parcel % COLUMNS) * PARCEL_WIDTH_M + 2 + random.nextDouble() * (PARCEL_WIDTH_M - 4);
                double y = (parcel / COLUMNS) * PARCEL_DEPTH_M + 2 + random.nextDouble() * (PARCEL_DEPTH_M - 4);
                String body = String.format(Locale.ROOT, "{\"latitude\":%.7f,\"longitude\":%.7f,\"activity\":\"%s\","
                        + "\"inputs\":{\"height\":%.1f,\"width\":%.1f,\"depth\":%.1f}}", lat(y), lon(x), ACTIVITY,
                        0.5 + random.nextDouble() * 9, 2 + random.nextDouble() * 4, 2 + random.nextDouble() * 6);
                long s = System.nanoTime();
                HttpResponse<String> r = null;
                try {
                    r = http.send(HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    firstRefusal.compareAndSet(null, "no answer: " + e.getMessage());
                }
                long f = System.nanoTime();
                if (s < measured || f > end) {
                    continue; // warm-up, or still running when the time was up
                }
                if (r != null && r.statusCode() == 200) {
                    nanos.add(f - s);
                    outcomes.merge(Json.object(r.body()).getJsonObject("result").getString("outcome"), 1, Integer::sum);
                } else {
                    refused.merge(r == null ? -1 : r.statusCode(), 1, Integer::sum);
                    if (r != null) {
                        firstRefusal.compareAndSet(null, r.statusCode() + " " + body + " " + r.body());
                    }
                }
            }
        });
        System.out.printf("permit checks (POST /api/v1/permit-checks, a position and a planned extension on one of"
                + " %,d parcels): %d clients, %d s after %d s warm-up: %,d answered 200 = %,.0f checks/s;"
                + " not 200: %s; outcomes %s%n", parcels, clients, seconds, WARM_UP_SECONDS, nanos.size(),
                nanos.size() / (double) seconds, refused.isEmpty() ? "none" : new TreeMap<>(refused) + " (-1: no answer)",
                new TreeMap<>(outcomes));
        if (firstRefusal.get() != null) {
            System.out.println("  first answer that was not 200: " + Figures.abbreviate(firstRefusal.get()));
        }
        Figures.check(!nanos.isEmpty(), "no check was answered");
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("  latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", Figures.percentile(sorted, 0.50),
                Figures.percentile(sorted, 0.95), Figures.percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    // ---------------------------------------------------------------- helpers

    private static int districtParcels(String jdbc) throws Exception {
        String password = System.getProperty("benchmark.db.password", System.getProperty("db.password", "citiverse-it"));
        try (Connection db = DriverManager.getConnection(jdbc, "citiverse", password);
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("select count(*) from permit_parcel where id like 'BENCH-P%'")) {
            r.next();
            return r.getInt(1);
        }
    }


    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }



}
