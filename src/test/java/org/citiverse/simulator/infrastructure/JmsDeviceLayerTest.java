package org.citiverse.simulator.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JmsDeviceLayerTest {

    @Test
    void theSimulatorTakesOnlyItsOwnTwinsCommands() {
        assertEquals("CitiVerseTwinId IN ('urn:a', 'urn:b''s')",
                JmsDeviceLayer.selector(new LinkedHashSet<>(List.of("urn:a", "urn:b's"))));
        assertEquals("1 = 0", JmsDeviceLayer.selector(Set.of()), "no twins: no commands");
    }
}
