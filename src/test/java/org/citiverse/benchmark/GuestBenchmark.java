package org.citiverse.benchmark;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citiverse.simulator.StandaloneSimulator;
import org.citiverse.simulator.application.Simulation;
import org.citiverse.simulator.domain.Doorbell;
import org.citiverse.simulator.domain.Scenario;
import org.citiverse.testsupport.EventStream;
import org.citiverse.testsupport.Households;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.KeycloakAdmin;
import org.citiverse.testsupport.PortalClient;

/**
 * Guest notification latency (FGMV-28 7.2.1) against the test environment: N households, each a
 * signed-in person with an open event stream and a simulated home (doorbell, lock, camera on the
 * broker, answering at once). Rings go out one after another (or from {@code -Dbenchmark.loops=N}
 * threads, each with its own households: make the households a multiple of N); every
 * ring is timed from the doorbell's report leaving for the broker to its event arriving, then the
 * door is opened and timed from the answer's request to the OPENED event (the simulated lock has no
 * delay, so nothing is subtracted). Optionally with background device reports at a steady rate.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.citiverse.benchmark.GuestBenchmark -Dexec.args="100 400 0"
 * </pre>
 * Arguments: households (100), rings (400), background reports per second (0); then optionally the
 * server, broker and database URLs as for {@link DeviceBenchmark}.
 */
public final class GuestBenchmark {

    private GuestBenchmark() {
    }

    /** One household: its person's client and event stream, and its doorbell in the simulation. */
    private record Home(PortalClient person, EventStream events, Simulation.Member doorbell) {
    }

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rings = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int background = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        String base = args.length > 3 ? args[3] : "http://localhost:9180";
        String brokerUrl = args.length > 4 ? args[4] : "tcp://localhost:9480";
        String jdbc = args.length > 5 ? args[5] : "jdbc:postgresql://127.0.0.1:55432/citiverse";
        System.out.printf("CitiVerse guest benchmark: %d households, %d rings (%d at a time), background %d reports/s,"
                + " %d cores%n", households, rings, Integer.getInteger("benchmark.loops", 1), background,
                Runtime.getRuntime().availableProcessors());
        try (DeviceFleet fleet = new DeviceFleet(base, brokerUrl, jdbc);
             StandaloneSimulator simulator = StandaloneSimulator.start(base, StandaloneSimulator.broker(brokerUrl),
                     new Scenario(households, 0, 0, 0, 0, 0), "sim-" + fleet.run + "-", 3_600_000)) {
            List<Home> homes = homes(fleet, simulator, households);
            List<DeviceFleet.Gauge> gauges = background > 0 ? fleet.gauges(200, false) : List.of();
            AtomicBoolean done = new AtomicBoolean();
            Thread load = new Thread(() -> {
                try {
                    DeviceBenchmark.paced(fleet, gauges, "guest-bg-" + fleet.run + "-", background, Integer.MAX_VALUE,
                            new ConcurrentHashMap<>(), done::get);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "background");
            if (background > 0) {
                load.start();
                Thread.sleep(10_000); // the server settles into the load first
            }
            List<Long> told = Collections.synchronizedList(new ArrayList<>());
            List<Long> opened = Collections.synchronizedList(new ArrayList<>());
            int parallel = Math.min(Integer.getInteger("benchmark.loops", 1), homes.size());
            ExecutorService threads = Executors.newFixedThreadPool(parallel);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < parallel; t++) {
                    int first = t;
                    work.add(threads.submit(() -> {
                        for (int r = first; r < rings; r += parallel) {
                            ringAndOpen(simulator.simulation(), homes.get(r % homes.size()), told, opened);
                        }
                        return null;
                    }));
                }
                for (Future<?> w : work) {
                    w.get();
                }
            } finally {
                done.set(true);
                threads.shutdownNow();
                homes.forEach(h -> h.events().close());
            }
            Figures.print("ring -> event at the member's stream", told);
            Figures.print("open answer -> OPENED event at the member's stream", opened);
        }
    }

    private static void ringAndOpen(Simulation simulation, Home home, List<Long> told, List<Long> opened)
            throws Exception {
        long rang = System.nanoTime();
        ((Doorbell) home.doorbell().device()).press();
        simulation.tick(home.doorbell().twinId());
        EventStream.Event ring = home.events().next(e -> "ring".equals(e.name()), java.time.Duration.ofSeconds(30));
        told.add(ring.arrivedNanos() - rang);
        String visit = Json.object(ring.data()).getString("id");
        long answered = System.nanoTime();
        HttpResponse<String> open = home.person().postJson("/api/v1/visits/" + visit + "/answer",
                "{\"answer\":\"open\"}", Map.of());
        Figures.check(open.statusCode() == 200, "open " + open.statusCode() + " " + open.body());
        EventStream.Event outcome = home.events().next(e -> e.data().contains(visit)
                && (e.data().contains("\"OPENED\"") || e.data().contains("\"OPEN_FAILED\"")), java.time.Duration.ofSeconds(30));
        Figures.check(outcome.data().contains("\"OPENED\""), "the door did not open: " + outcome.data());
        opened.add(outcome.arrivedNanos() - answered);
    }

    /** Signs a new person in; under the set-up's parallel sign-ins the provider now and then refuses one. */
    private static PortalClient signIn(String base, String user) {
        for (int attempt = 1; ; attempt++) {
            try {
                return new PortalClient(base).signIn(user);
            } catch (IllegalStateException refused) {
                if (attempt == 3) {
                    throw refused;
                }
            }
        }
    }

    /** People, their households and streams, each household granted one simulated home. */
    private static List<Home> homes(DeviceFleet fleet, StandaloneSimulator simulator, int count) throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        List<Simulation.Member> doorbells = simulator.simulation().members().stream()
                .filter(m -> m.device() instanceof Doorbell).sorted(java.util.Comparator.comparing(m -> m.device().id()))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Home>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                made.add(pool.submit(() -> {
                    String user = "guest-" + fleet.run + "-" + n;
                    keycloak.createUser(user, "Guest", "Number " + n);
                    PortalClient person = signIn(fleet.base, user);
                    String household = Households.create(person, "Bench");
                    Simulation.Member doorbell = doorbells.get(n);
                    JsonObject twin = Json.object(fleet.admin.get("/api/v1/twins/" + doorbell.twinId()).body());
                    String homeTwin = twin.getJsonObject("containedIn").getString("object");
                    HttpResponse<String> granted = fleet.admin.postJson("/api/v1/twins/" + homeTwin + "/grants",
                            "{\"principal\":\"household:" + household + "\",\"permission\":\"OPERATE\"}", Map.of());
                    Figures.check(granted.statusCode() == 201, "grant " + granted.statusCode());
                    EventStream events = person.events("/api/v1/visits/events");
                    events.next(e -> "ready".equals(e.name()), java.time.Duration.ofSeconds(30));
                    return new Home(person, events, doorbell);
                }));
            }
            List<Home> homes = new ArrayList<>();
            for (Future<Home> home : made) {
                homes.add(home.get());
            }
            System.out.printf("%d households signed in with open event streams at %s%n", homes.size(), Instant.now());
            return homes;
        } finally {
            pool.shutdownNow();
        }
    }
}
