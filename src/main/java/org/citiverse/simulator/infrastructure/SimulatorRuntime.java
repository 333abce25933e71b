package org.citiverse.simulator.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.shared.infrastructure.persistence.DatabaseMigration;
import org.citiverse.simulator.application.Simulation;
import org.citiverse.simulator.application.SimulatorSetup;
import org.citiverse.simulator.domain.CityFleet;
import org.citiverse.simulator.domain.Scenario;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the simulator inside the server when {@code simulator.enabled} is true: once the schema is
 * migrated it sets up the fleet, then ticks every {@code simulator.tick.seconds} and answers its
 * twins' commands from the commands queue.
 */
@ApplicationScoped
public class SimulatorRuntime {

    private static final Logger LOG = Logger.getLogger(SimulatorRuntime.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/citiverse/DeviceIngress")
    Queue ingress;

    @Resource(lookup = "jms/citiverse/DeviceAcks")
    Queue acks;

    @Resource(lookup = "jms/citiverse/DeviceCommands")
    Queue commands;

    @Inject
    SimulatorSetup setup;

    @Inject
    DatabaseMigration migration;

    @Inject
    @ConfigProperty(name = "simulator.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "simulator.homes", defaultValue = "2")
    int homes;

    @Inject
    @ConfigProperty(name = "simulator.lights", defaultValue = "4")
    int lights;

    @Inject
    @ConfigProperty(name = "simulator.gauges", defaultValue = "2")
    int gauges;

    @Inject
    @ConfigProperty(name = "simulator.failure.rate", defaultValue = "0.05")
    double failureRate;

    @Inject
    @ConfigProperty(name = "simulator.delay.min", defaultValue = "150")
    long minDelayMs;

    @Inject
    @ConfigProperty(name = "simulator.delay.max", defaultValue = "600")
    long maxDelayMs;

    @Inject
    @ConfigProperty(name = "simulator.tick.seconds", defaultValue = "5")
    long tickSeconds;

    private volatile boolean running;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (enabled) {
            running = true;
            executor.schedule(this::start, 1, TimeUnit.SECONDS);
        }
    }

    private void start() {
        if (!running) {
            return;
        }
        Simulation simulation;
        try {
            if (!migration.state().migrated()) {
                throw new IllegalStateException("the database is not migrated yet");
            }
            Scenario scenario = new Scenario(homes, lights, gauges, failureRate, minDelayMs, maxDelayMs);
            simulation = new Simulation(scenario, setup.enlist(CityFleet.of(scenario, CityFleet.PREFIX)),
                    new JmsDeviceLayer(connectionFactory, ingress, acks), executor, new Random(), Clock.systemUTC());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The device simulator could not start; trying again in 15 s", e);
            executor.schedule(this::start, 15, TimeUnit.SECONDS);
            return;
        }
        LOG.info(() -> "Device simulator running: " + simulation.members().size() + " simulated devices");
        simulation.reportAll();
        executor.scheduleWithFixedDelay(() -> {
            try {
                simulation.tick();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Simulator tick failed; the next one tries again", e);
            }
        }, tickSeconds, tickSeconds, TimeUnit.SECONDS);
        executor.submit(() -> serve(simulation));
    }

    /** Answers commands for as long as the server runs; a broken connection is opened again. */
    private void serve(Simulation simulation) {
        try {
            JmsDeviceLayer.serveCommands(connectionFactory, commands, simulation, () -> running);
        } catch (RuntimeException e) {
            if (running) {
                LOG.log(Level.WARNING, "The simulator lost the commands queue; reconnecting in 5 s", e);
                executor.schedule(() -> serve(simulation), 5, TimeUnit.SECONDS);
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
