package org.citiverse.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.simulator.StandaloneSimulator;
import org.citiverse.simulator.application.Simulation;
import org.citiverse.simulator.domain.Doorbell;
import org.citiverse.simulator.domain.Scenario;

/**
 * A home as guest notification needs it: a household (an owner and the members who joined with an
 * invitation) that may operate a simulated home — doorbell, door lock, camera — played over the real
 * broker. Only the doorbell steps, and only when a guest rings, so no ring comes by chance.
 */
public final class GuestHome implements AutoCloseable {

    private final String householdId;
    private final StandaloneSimulator simulator;
    private final Simulation.Member doorbell;
    private final String lockTwin;

    private GuestHome(String householdId, StandaloneSimulator simulator) {
        this.householdId = householdId;
        this.simulator = simulator;
        this.doorbell = member("-doorbell");
        this.lockTwin = member("-lock").twinId();
    }

    /**
     * Sets the home up for the owner's new household, which the members join; the devices answer after
     * {@code minDelayMs}..{@code maxDelayMs} and fail at {@code failureRate}.
     */
    public static GuestHome setUp(String base, PortalClient owner, List<PortalClient> members, double failureRate,
                                  long minDelayMs, long maxDelayMs) {
        String household = Households.create(owner, "Guests");
        for (PortalClient member : members) {
            Households.join(member, Households.invite(owner, household, ""));
        }
        StandaloneSimulator simulator;
        try {
            simulator = StandaloneSimulator.start(base, StandaloneSimulator.broker(TestServers.broker()),
                    new Scenario(1, 0, 0, failureRate, minDelayMs, maxDelayMs),
                    "sim-" + UUID.randomUUID().toString().substring(0, 8) + "-", 3_600_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GuestHome home = new GuestHome(household, simulator);
        PortalClient admin = new PortalClient(base).signIn("admin");
        String homeTwin = Json.object(admin.get("/api/v1/twins/" + home.doorbell.twinId()).body())
                .getJsonObject("containedIn").getString("object");
        HttpResponse<String> granted = admin.postJson("/api/v1/twins/" + homeTwin + "/grants",
                "{\"principal\":\"household:" + household + "\",\"permission\":\"OPERATE\"}", Map.of());
        if (granted.statusCode() != 201) {
            throw new AssertionError("grant failed: " + granted.statusCode() + " " + granted.body());
        }
        return home;
    }

    /** A guest presses the doorbell; its report goes out at once. */
    public void ring() {
        ((Doorbell) doorbell.device()).press();
        simulator.simulation().tick(doorbell.twinId());
    }

    /** The doorbell as the device layer knows it: its id and secret (to sign a message as it would). */
    public Simulation.Member doorbell() {
        return doorbell;
    }

    /** How many open commands the home's lock has received. */
    public long opensReceived() {
        return simulator.simulation().received(lockTwin, "open");
    }

    public String householdId() {
        return householdId;
    }

    public String doorbellTwin() {
        return doorbell.twinId();
    }

    public String lockTwin() {
        return lockTwin;
    }

    private Simulation.Member member(String suffix) {
        return simulator.simulation().members().stream().filter(m -> m.device().id().endsWith(suffix)).findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
