package org.citiverse.simulator.domain;

/**
 * How big the simulated city is and how its devices behave.
 *
 * @param homes        homes, each with a doorbell, a door lock and a camera
 * @param streetLights street lights (L2: switched by command; lamps fail at random)
 * @param gauges       water-level gauges (L1: they only report)
 * @param failureRate  share of commands a device answers with a failure, 0..1
 * @param minDelayMs   shortest time a device takes to carry out a command
 * @param maxDelayMs   longest time a device takes to carry out a command
 */
public record Scenario(int homes, int streetLights, int gauges, double failureRate, long minDelayMs, long maxDelayMs) {

    static final int MAX_DEVICES = 1_000;

    public Scenario {
        if (homes < 0 || streetLights < 0 || gauges < 0 || homes * 3 + streetLights + gauges > MAX_DEVICES) {
            throw new IllegalArgumentException("between 0 and " + MAX_DEVICES + " simulated devices");
        }
        if (!(failureRate >= 0 && failureRate <= 1)) {
            throw new IllegalArgumentException("the failure rate is a share between 0 and 1");
        }
        if (minDelayMs < 0 || maxDelayMs < minDelayMs) {
            throw new IllegalArgumentException("delays: 0 <= minimum <= maximum");
        }
    }
}
