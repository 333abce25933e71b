package org.citiverse.device.domain;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report means beyond its values: a doorbell rang (a doorbell reporting {@code pressed} or
 * {@code ring} true), a device is at fault ({@code fault} or {@code lampFault} true) or healthy again
 * (the same false). Each reading is read on its own, so a report of ring-then-release still rings.
 */
public final class DeviceSignals {

    /** One signal, at the time the device observed it. */
    public record Signal(Kind kind, String detail, Instant observedAt) {
    }

    public enum Kind { RING, FAULT, RECOVERED }

    private static final List<String> FAULTS = List.of("fault", "lampFault");
    private static final String DOORBELL = "doorbell";

    private DeviceSignals() {
    }

    /**
     * Whether a device's reports are ones someone waits for (a doorbell's): over HTTPS they are queued
     * as urgent, as a JMS gateway sends them (jms.ingress.urgent.priority).
     */
    public static boolean urgent(String profile) {
        return DOORBELL.equals(profile);
    }

    public static List<Signal> of(String profile, List<Reading> readings) {
        List<Signal> signals = new ArrayList<>();
        for (Reading reading : readings) {
            if (DOORBELL.equals(profile) && (reading.values().get("pressed") == JsonValue.TRUE
                    || reading.values().get("ring") == JsonValue.TRUE)) {
                signals.add(new Signal(Kind.RING, "ring", reading.observedAt()));
            }
            for (String fault : FAULTS) {
                JsonValue value = reading.values().get(fault);
                if (value == JsonValue.TRUE) {
                    signals.add(new Signal(Kind.FAULT, fault, reading.observedAt()));
                } else if (value == JsonValue.FALSE) {
                    signals.add(new Signal(Kind.RECOVERED, fault, reading.observedAt()));
                }
            }
        }
        return signals;
    }
}
