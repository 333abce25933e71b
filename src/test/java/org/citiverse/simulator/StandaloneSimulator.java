package org.citiverse.simulator;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.simulator.application.Simulation;
import org.citiverse.simulator.domain.CityFleet;
import org.citiverse.simulator.domain.Scenario;
import org.citiverse.simulator.domain.SimulatedDevice;
import org.citiverse.simulator.infrastructure.JmsDeviceLayer;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;

/**
 * The device simulator on its own, beside a running server: it sets its fleet up through the REST API
 * as a city administrator would (twins, registered devices) and plays the device layer on the broker
 * the server uses. One command against the test environment (server on 9180, Artemis on 9480):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.citiverse.simulator.StandaloneSimulator \
 *     -Dexec.args="http://localhost:9180 tcp://localhost:9480 homes=3 lights=10 gauges=4 failure=0.1"
 * </pre>
 * Options: homes, lights, gauges, failure (0..1), delay.min / delay.max (ms), tick (ms), seconds (how
 * long; runs until stopped without it). The broker password comes from target/it-environment.
 */
public final class StandaloneSimulator implements AutoCloseable {

    private final Simulation simulation;
    private final ScheduledExecutorService executor;
    private final JMSContext connection;
    private volatile boolean running = true;

    private StandaloneSimulator(Simulation simulation, ScheduledExecutorService executor, JMSContext connection) {
        this.simulation = simulation;
        this.executor = executor;
        this.connection = connection;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        Scenario scenario = new Scenario(Integer.parseInt(options.getOrDefault("homes", "2")),
                Integer.parseInt(options.getOrDefault("lights", "4")),
                Integer.parseInt(options.getOrDefault("gauges", "2")),
                Double.parseDouble(options.getOrDefault("failure", "0.05")),
                Long.parseLong(options.getOrDefault("delay.min", "150")),
                Long.parseLong(options.getOrDefault("delay.max", "600")));
        String base = args.length > 0 ? args[0] : "http://localhost:9180";
        try (StandaloneSimulator simulator = start(base, broker(args.length > 1 ? args[1] : "tcp://localhost:9480"),
                scenario, "sim-" + Long.toString(System.currentTimeMillis(), 36) + "-",
                Long.parseLong(options.getOrDefault("tick", "2000")))) {
            System.out.printf("Simulating %d devices against %s%n", simulator.simulation().members().size(), base);
            simulator.simulation().members().forEach(m -> System.out.printf("  %-30s twin %s%n", m.device().id(),
                    m.twinId()));
            if (options.containsKey("seconds")) {
                Thread.sleep(Long.parseLong(options.get("seconds")) * 1_000);
            } else {
                Thread.currentThread().join();
            }
        }
    }

    /** The test environment's broker, with the password the environment made. */
    public static ConnectionFactory broker(String url) throws IOException {
        String password = Files.readString(Path.of(System.getProperty("citiverse.broker.password.file",
                "target/it-environment/artemis-password"))).trim();
        return new ActiveMQConnectionFactory(url, "citiverse", password);
    }

    /** Sets the fleet up on the server and starts playing it; close() stops it. */
    public static StandaloneSimulator start(String base, ConnectionFactory broker, Scenario scenario, String prefix,
                                            long tickMillis) {
        PortalClient admin = new PortalClient(base).signIn("admin");
        List<Simulation.Member> members = new ArrayList<>();
        Map<String, String> homes = new HashMap<>();
        for (SimulatedDevice device : CityFleet.of(scenario, prefix)) {
            String home = CityFleet.home(device) == null ? null : homes.computeIfAbsent(CityFleet.home(device),
                    name -> create(admin, twin("home", prefix + name, "NL").build()));
            JsonObjectBuilder properties = JsonText.JSON.createObjectBuilder();
            device.properties().forEach(properties::add);
            JsonArrayBuilder actions = JsonText.JSON.createArrayBuilder();
            device.actions().forEach(actions::add);
            JsonObjectBuilder spec = twin(device.twinType(), prefix + device.name(),
                    device.actions().isEmpty() ? "L1" : "L2").add("properties", properties).add("actions", actions);
            if (home != null) {
                spec.add("parent", home);
            }
            String twin = create(admin, spec.build());
            HttpResponse<String> registered = admin.postJson("/api/v1/devices", JsonText.JSON.createObjectBuilder()
                    .add("id", device.id()).add("name", device.name()).add("profile", device.profile())
                    .add("twin", twin).build().toString(), Map.of());
            check(registered.statusCode() == 201, registered);
            members.add(new Simulation.Member(device, twin,
                    Json.object(registered.body()).getJsonObject("credential").getString("secret")));
        }
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
        jakarta.jms.Queue ingress;
        jakarta.jms.Queue acks;
        jakarta.jms.Queue commandQueue;
        try (JMSContext names = broker.createContext()) {
            ingress = names.createQueue("citiverse.device.ingress");
            acks = names.createQueue("citiverse.device.acks");
            commandQueue = names.createQueue("citiverse.device.commands");
        }
        // A gateway keeps its connection: reports and answers go over one, each on a session of its own.
        JMSContext connection = broker.createContext();
        JmsDeviceLayer layer = new JmsDeviceLayer(new OneConnection(broker, connection), ingress, acks);
        Simulation simulation = new Simulation(scenario, members, layer, executor, new Random(), Clock.systemUTC());
        StandaloneSimulator simulator = new StandaloneSimulator(simulation, executor, connection);
        simulation.reportAll();
        executor.scheduleWithFixedDelay(simulation::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        Thread commands = new Thread(() -> JmsDeviceLayer.serveCommands(broker, commandQueue, simulation,
                () -> simulator.running), "simulator");
        commands.setDaemon(true);
        commands.start();
        return simulator;
    }

    /** Contexts that share one connection (each its own session); anything else as the broker's factory. */
    private record OneConnection(ConnectionFactory broker, JMSContext connection) implements ConnectionFactory {

        @Override
        public JMSContext createContext() {
            return createContext(JMSContext.AUTO_ACKNOWLEDGE);
        }

        @Override
        public JMSContext createContext(int sessionMode) {
            synchronized (connection) { // a context is for one thread at a time, even to make sessions
                return connection.createContext(sessionMode);
            }
        }

        @Override
        public JMSContext createContext(String user, String password) {
            return broker.createContext(user, password);
        }

        @Override
        public JMSContext createContext(String user, String password, int sessionMode) {
            return broker.createContext(user, password, sessionMode);
        }

        @Override
        public jakarta.jms.Connection createConnection() throws jakarta.jms.JMSException {
            return broker.createConnection();
        }

        @Override
        public jakarta.jms.Connection createConnection(String user, String password) throws jakarta.jms.JMSException {
            return broker.createConnection(user, password);
        }
    }

    public Simulation simulation() {
        return simulation;
    }

    @Override
    public void close() {
        running = false;
        executor.shutdownNow();
        connection.close();
    }

    private static JsonObjectBuilder twin(String type, String name, String linkType) {
        return JsonText.JSON.createObjectBuilder().add("type", type).add("name", name)
                .add("owner", "department:roads").add("linkType", linkType);
    }

    private static String create(PortalClient admin, jakarta.json.JsonObject spec) {
        HttpResponse<String> created = admin.postJson("/api/v1/twins", spec.toString(), Map.of());
        check(created.statusCode() == 201, created);
        return Json.object(created.body()).getString("id");
    }

    private static void check(boolean ok, HttpResponse<String> response) {
        if (!ok) {
            throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " "
                    + response.body());
        }
    }
}
