package org.citiverse.simulator.application;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.citiverse.simulator.domain.Answer;
import org.citiverse.simulator.domain.DeviceSignature;
import org.citiverse.simulator.domain.Scenario;
import org.citiverse.simulator.domain.SimulatedDevice;

/**
 * A running simulation: devices that are registered (each with its twin and secret) report on every
 * tick and answer the commands addressed to their twins after their delay. Runs inside the server or
 * on its own; the executor and the device layer are whatever the host gives it.
 */
public final class Simulation {

    static final String JSON = "application/json";

    /** A device in play: the simulated device, its twin and its secret. */
    public record Member(SimulatedDevice device, String twinId, String secret) {
    }

    private final Scenario scenario;
    private final DeviceLayer layer;
    private final ScheduledExecutorService executor;
    private final RandomGenerator random;
    private final Clock clock;
    private final Map<String, Member> byTwin = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, AtomicLong> received = new ConcurrentHashMap<>();

    public Simulation(Scenario scenario, List<Member> members, DeviceLayer layer, ScheduledExecutorService executor,
                      RandomGenerator random, Clock clock) {
        this.scenario = scenario;
        this.layer = layer;
        this.executor = executor;
        this.random = random;
        this.clock = clock;
        members.forEach(m -> byTwin.put(m.twinId(), m));
    }

    public Collection<Member> members() {
        return byTwin.values();
    }

    /** The twins the simulation answers for (to take only their commands off the shared queue). */
    public java.util.Set<String> twinIds() {
        return byTwin.keySet();
    }

    /** How many times this command reached the device of this twin (a test counts opened doors with it). */
    public long received(String twinId, String command) {
        AtomicLong count = received.get(twinId + " " + command);
        return count == null ? 0 : count.get();
    }

    /** Every device reports its whole state once (on start, so twins show something at once). */
    public void reportAll() {
        byTwin.values().forEach(m -> report(m, m.device().report(clock.instant())));
    }

    /** One step of simulated time: each device that has something to say reports it. */
    public void tick() {
        for (Member m : byTwin.values()) {
            m.device().tick(random, clock.instant()).ifPresent(body -> report(m, body));
        }
    }

    /** One step of one device (a doorbell just pressed reports it at once). */
    public void tick(String twinId) {
        Member m = byTwin.get(twinId);
        if (m != null) {
            m.device().tick(random, clock.instant()).ifPresent(body -> report(m, body));
        }
    }

    /**
     * A command from the commands queue. The device answers after its delay (a {@code sync} request is
     * answered by a report alone, as the protocol has it).
     *
     * @return false when no simulated device answers for that twin
     */
    public boolean command(String twinId, String command, String correlationId, JsonObject parameters) {
        Member member = byTwin.get(twinId);
        if (member == null || correlationId == null) {
            return false;
        }
        received.computeIfAbsent(twinId + " " + command, k -> new AtomicLong()).incrementAndGet();
        Answer answer = member.device().answer(command, parameters, scenario, random, clock.instant());
        executor.schedule(() -> {
            if (!"sync".equals(command)) {
                String body = answer.body(correlationId);
                layer.answer(member.device().id(), body,
                        DeviceSignature.of(member.secret(), correlationId, member.device().id(), JSON, body));
            }
            answer.report().ifPresent(report -> report(member, report));
        }, answer.delayMs(), TimeUnit.MILLISECONDS);
        return true;
    }

    private void report(Member member, String body) {
        String deviceId = member.device().id();
        String messageId = deviceId + "-" + clock.millis() + "-" + sequence.incrementAndGet();
        layer.report(deviceId, messageId, body, DeviceSignature.of(member.secret(), messageId, deviceId, JSON, body),
                member.device().urgent());
    }
}
