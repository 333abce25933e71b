package org.citiverse.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.Tokens;

/**
 * Measures a running server: the sign-in round trip, portal page latency, HTTPS device-report
 * submission and the end-to-end ingestion rate through the JMS queue, the MDB and the database.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.citiverse.benchmark.PlatformBenchmark \
 *     -Dexec.args="http://localhost:9080 2000 8"
 * </pre>
 * Arguments: base URL, number of device reports, concurrent clients. Works on the development
 * configuration (demo accounts) and on the test environment's production configuration (its
 * Keycloak with the demo realm). Bounded in count; sends only to the given (local) servers.
 */
public final class PlatformBenchmark {

    private PlatformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int reports = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        System.out.printf("CitiVerse benchmark against %s: %d reports, %d clients, %d cores%n", base, reports, clients,
                Runtime.getRuntime().availableProcessors());

        warmUp(base);
        signInRoundTrip(base, 30);
        pageLatency(base, 500, clients);
        ingestion(base, reports, clients);
        heap(base);
    }

    private static void warmUp(String base) throws Exception {
        PortalClient client = new PortalClient(base);
        for (int i = 0; i < 200; i++) {
            client.get("/");
        }
    }

    /**
     * A person signing in, one after another: through Keycloak's login form (production
     * configuration) or the portal's own form (development), until the portal page is shown.
     */
    private static void signInRoundTrip(String base, int times) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            new PortalClient(base).signIn("citizen");
            nanos.add(System.nanoTime() - s);
        }
        Figures.print((usesKeycloak(base) ? "sign-in round trip through Keycloak" : "sign-in round trip (portal form)")
                + " (" + times + " sequential)", nanos);
    }

    private static boolean usesKeycloak(String base) {
        return PortalClient.location(new PortalClient(base).get("/account/")).startsWith(Tokens.keycloak());
    }

    /** A gateway as the server's configuration has it: a bearer token from Keycloak, or the demo account. */
    private static PortalClient gateway(String base) {
        return usesKeycloak(base)
                ? new PortalClient(base).withBearer(
                        Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"))
                : new PortalClient(base).signIn("gateway");
    }

    private static void pageLatency(String base, int requests, int clients) throws Exception {
        List<Long> nanos = run(requests, clients, () -> new PortalClient(base), (client, i) -> {
            HttpResponse<String> r = client.get("/");
            Figures.check(r.statusCode() == 200, "home page " + r.statusCode());
        });
        Figures.print("home page GET", nanos);
    }

    private static void ingestion(String base, int reports, int clients) throws Exception {
        long acceptedBefore = accepted(base);
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Registered devices without a twin: reports are authenticated, converted and journaled.
        PortalClient staff = new PortalClient(base).signIn("staff");
        List<Devices.Device> sensors = new java.util.ArrayList<>();
        for (int d = 0; d < 50; d++) {
            sensors.add(Devices.register(staff, "bench-sensor", "sensor", null));
        }
        long start = System.nanoTime();
        List<Long> nanos = run(reports, clients, () -> gateway(base), (client, i) -> {
            String body = "{\"temperature\":" + (15 + i % 10) + ",\"seq\":" + i + "}";
            String messageId = "bench-" + run + "-" + i;
            Devices.Device sensor = sensors.get(i % sensors.size());
            HttpResponse<String> r = client.postJson("/api/device/messages", body, Map.of("X-Message-Id", messageId,
                    "X-Device-Id", sensor.id(), "X-Signature", sensor.sign(messageId, "application/json", body)));
            Figures.check(r.statusCode() == 202, "submit " + r.statusCode() + " " + r.body());
        });
        Figures.print("device report POST (validate + enqueue, XA)", nanos);
        long target = acceptedBefore + reports;
        long deadline = System.nanoTime() + 300_000_000_000L;
        long now;
        while ((now = accepted(base)) < target) {
            Figures.check(System.nanoTime() < deadline, "ingestion did not finish: " + (now - acceptedBefore) + "/" + reports);
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("end-to-end ingestion (POST -> queue -> MDB -> journal): %d reports in %.1f s = %.0f reports/s%n",
                reports, seconds, reports / seconds);
    }

    private static void heap(String base) {
        String metrics = new PortalClient(base).get("/metrics?scope=base").body();
        Matcher m = Pattern.compile("(?m)^memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.E+]+)").matcher(metrics);
        if (m.find()) {
            System.out.printf("server heap in use after the run: %.0f MB%n", Double.parseDouble(m.group(1)) / 1e6);
        }
    }

    private static long accepted(String base) {
        String metrics = new PortalClient(base).get("/metrics?scope=application").body();
        Matcher m = Pattern.compile("citiverse_device_ingestion_total\\{[^}]*outcome=\"accepted\"[^}]*} ([0-9.E+]+)")
                .matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    /** A unit of work for one request, with the client of the thread that runs it. */
    private interface Work {
        void run(PortalClient client, int index) throws Exception;
    }

    private interface ClientFactory {
        PortalClient create();
    }

    private static List<Long> run(int requests, int clients, ClientFactory factory, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                PortalClient client = factory.create();
                for (int i = thread; i < requests; i += clients) {
                    long s = System.nanoTime();
                    work.run(client, i);
                    nanos.add(System.nanoTime() - s);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %d requests in %.1f s = %.0f req/s%n", requests, seconds, requests / seconds);
        return nanos;
    }
}
