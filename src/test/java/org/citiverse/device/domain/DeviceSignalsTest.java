package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.citiverse.shared.domain.JsonText;
import org.junit.jupiter.api.Test;

class DeviceSignalsTest {

    private static final Instant T = Instant.parse("2026-11-22T14:03:00Z");

    private static Reading reading(String values, int second) {
        return new Reading(T.plusSeconds(second), JsonText.object(values));
    }

    @Test
    void aDoorbellRingsOnlyWhenPressedAndOnlyIfItIsADoorbell() {
        assertEquals(List.of(new DeviceSignals.Signal(DeviceSignals.Kind.RING, "ring", T.plusSeconds(1))),
                DeviceSignals.of("doorbell", List.of(reading("{\"pressed\":false}", 0), reading("{\"pressed\":true}", 1))));
        assertEquals(1, DeviceSignals.of("doorbell", List.of(reading("{\"ring\":true}", 0))).size());
        assertEquals(List.of(), DeviceSignals.of("door-lock", List.of(reading("{\"pressed\":true}", 0))),
                "a lock's 'pressed' is no ring");
        assertEquals(List.of(), DeviceSignals.of("doorbell", List.of(reading("{\"pressed\":\"true\"}", 0))),
                "text is not a boolean");
    }

    @Test
    void onlyADoorbellsReportsAreUrgent() {
        assertEquals(true, DeviceSignals.urgent("doorbell"));
        assertEquals(false, DeviceSignals.urgent("door-lock"));
        assertEquals(false, DeviceSignals.urgent(null));
    }

    @Test
    void faultsAndRecoveriesComeFromAnyDevice() {
        assertEquals(List.of(new DeviceSignals.Signal(DeviceSignals.Kind.FAULT, "lampFault", T),
                        new DeviceSignals.Signal(DeviceSignals.Kind.RECOVERED, "fault", T.plusSeconds(5))),
                DeviceSignals.of("street-light", List.of(reading("{\"lampFault\":true,\"power\":0}", 0),
                        reading("{\"fault\":false}", 5))));
        assertEquals(List.of(), DeviceSignals.of("street-light", List.of(reading("{\"power\":38.2}", 0))));
    }
}
