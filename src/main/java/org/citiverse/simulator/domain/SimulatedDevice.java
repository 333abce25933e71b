package org.citiverse.simulator.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.citiverse.shared.domain.JsonText;

/**
 * One simulated device: what its twin holds (properties and their types, actions), how it reports
 * on each tick of the simulation and how it carries out commands. Its state changes from two
 * threads (ticks and commands), hence the synchronised methods.
 */
public abstract class SimulatedDevice {

    /** The answer to a command the device does not know. */
    static final String UNKNOWN = "unknown command";
    /**
     * A device with nothing to say reports its state after this many quiet ticks (5 minutes at the
     * default 5 s tick), so it stays online (device.online.window, 15 minutes) and commands for it go
     * out at once instead of waiting for it to be seen.
     */
    static final int HEARTBEAT_TICKS = 60;

    private final String id;
    private final String name;
    private int quietTicks;

    protected SimulatedDevice(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String id() {
        return id;
    }

    /** The twin's name, as people see it. */
    public String name() {
        return name;
    }

    /** The device profile (doorbell, door-lock, camera, street-light, water-level). */
    public abstract String profile();

    /** The twin's type. */
    public abstract String twinType();

    /** The twin's properties: name to type (BOOLEAN, NUMBER, TEXT). */
    public abstract Map<String, String> properties();

    /** The commands it carries out; none makes it an L1 (reporting only) device. */
    public List<String> actions() {
        return List.of();
    }

    /** A report of the whole current state (the answer to a sync request). */
    public final synchronized String report(Instant now) {
        JsonObjectBuilder values = JsonText.JSON.createObjectBuilder();
        state(values);
        return JsonText.JSON.createObjectBuilder().add("observedAt", now.toString()).add("values", values)
                .build().toString();
    }

    /** One step of simulated time: the report the device sends now, if any (a heartbeat at the latest). */
    public final synchronized Optional<String> tick(RandomGenerator random, Instant now) {
        if (step(random) || ++quietTicks >= HEARTBEAT_TICKS) {
            quietTicks = 0;
            return Optional.of(report(now));
        }
        return Optional.empty();
    }

    /** Carries out a command (or fails at the scenario's rate); {@code sync} only reports. */
    public final synchronized Answer answer(String command, JsonObject parameters, Scenario scenario,
                                            RandomGenerator random, Instant now) {
        long delay = scenario.minDelayMs() + (scenario.maxDelayMs() == scenario.minDelayMs() ? 0
                : random.nextLong(scenario.maxDelayMs() - scenario.minDelayMs() + 1));
        if ("sync".equals(command)) {
            return new Answer(true, "reported", delay, Optional.of(report(now.plusMillis(delay))));
        }
        if (!actions().contains(command)) {
            return new Answer(false, UNKNOWN, delay, Optional.empty());
        }
        if (random.nextDouble() < scenario.failureRate()) {
            return new Answer(false, failure(), delay, Optional.empty());
        }
        String done = carryOut(command, parameters == null ? JsonObject.EMPTY_JSON_OBJECT : parameters, now);
        return new Answer(true, done, delay, result(command), Optional.of(report(now.plusMillis(delay))));
    }

    /** Writes the current state. */
    protected abstract void state(JsonObjectBuilder values);

    /** Advances the state by one tick; true when the device reports now. */
    protected abstract boolean step(RandomGenerator random);

    /** Carries out one of its actions; returns what it did, in a few words. */
    protected String carryOut(String command, JsonObject parameters, Instant now) {
        throw new IllegalStateException(command);
    }

    /** Whether its report now is one someone waits for (a ring): it goes ahead of the others. */
    public synchronized boolean urgent() {
        return false;
    }

    /** What a command just carried out produced, handed back with the answer (none for most). */
    protected JsonObject result(String command) {
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    /** What went wrong when a command fails. */
    protected String failure() {
        return "the device did not respond";
    }
}
