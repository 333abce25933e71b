package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What describes a device: its own Thing Description once it sent one, else its built-in profile, else nothing. */
class DeviceDescriptionTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void itsOwnDescriptionStandsOverItsProfile() {
        Device bell = new Device("bell-1", "Front bell", "doorbell", null, "staff", NOW);
        assertEquals("Doorbell", bell.description().orElseThrow().title());
        bell.describe(ThingDescription.parse("{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Smart bell\","
                + "\"properties\":{\"volume\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":10}}}"), NOW);
        assertEquals("Smart bell", bell.description().orElseThrow().title());
        assertEquals("NUMBER", bell.description().orElseThrow().twinProperties().get("volume"));
        assertEquals(NOW, bell.describedAt());
    }

    @Test
    void aFreeLabelDescribesNothing() {
        assertTrue(new Device("fan-1", "Fan", "tunnel-fan", null, "staff", NOW).description().isEmpty());
    }
}
