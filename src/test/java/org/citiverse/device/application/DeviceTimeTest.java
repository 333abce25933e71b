package org.citiverse.device.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.citiverse.device.domain.Reading;
import org.junit.jupiter.api.Test;

class DeviceTimeTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-22T14:03:00Z");

    @Test
    void onlyTheDevicesOwnTimesCountAndTheNewestOfThem() {
        JsonObject none = JsonObject.EMPTY_JSON_OBJECT;
        assertNull(IngestionService.deviceTime(List.of(new Reading(RECEIVED, none)), RECEIVED),
                "untimed readings are dated on arrival: nothing about the device's clock");
        Instant older = RECEIVED.minusSeconds(600);
        Instant newer = RECEIVED.minusSeconds(2);
        assertEquals(newer, IngestionService.deviceTime(List.of(new Reading(newer, none), new Reading(older, none),
                new Reading(RECEIVED, none)), RECEIVED), "a backlog's newest reading, not its last");
    }
}
