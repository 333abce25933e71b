package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in profiles: every one is a valid Thing Description, and each says what its kind of device has. */
class DeviceProfilesTest {

    @Test
    void everyProfileLoadsInNameOrder() {
        assertEquals(List.of("camera", "door-lock", "doorbell", "generic", "street-light", "thermometer", "water-level"),
                List.copyOf(DeviceProfiles.all().keySet()));
        assertTrue(DeviceProfiles.find("lock").isEmpty(), "other names are free labels");
    }

    @Test
    void aDoorbellRingsAndOnlyReports() {
        ThingDescription bell = DeviceProfiles.find("doorbell").orElseThrow();
        assertTrue(bell.events().contains("ring"));
        assertEquals("BOOLEAN", bell.twinProperties().get("pressed"));
        assertFalse(bell.twoWay());
    }

    @Test
    void aDoorLockLocksUnlocksAndOpensForAGuest() {
        ThingDescription lock = DeviceProfiles.find("door-lock").orElseThrow();
        assertEquals(List.of("lock", "unlock", "open"), lock.actions());
        assertEquals("BOOLEAN", lock.twinProperties().get("locked"));
        assertEquals("BOOLEAN", lock.twinProperties().get("open"), "the door's own reports say open: true");
        assertTrue(lock.twoWay());
    }

    @Test
    void aCameraTakesSnapshotsAndAStreetLightSwitches() {
        ThingDescription camera = DeviceProfiles.find("camera").orElseThrow();
        assertEquals(List.of("snapshot"), camera.actions());
        assertEquals("TEXT", camera.twinProperties().get("lastSnapshotAt"));
        ThingDescription light = DeviceProfiles.find("street-light").orElseThrow();
        assertEquals(Map.of("on", "BOOLEAN", "lampFault", "BOOLEAN", "power", "NUMBER", "firmware", "TEXT"),
                light.twinProperties());
        assertEquals("W", light.properties().get("power").unit());
        assertEquals(List.of("switch"), light.actions());
    }

    @Test
    void everyProfileThatShapesATwinTakesTheFirmwareVersionTheDeviceReports() {
        for (String profile : List.of("doorbell", "door-lock", "camera", "street-light", "water-level", "thermometer")) {
            assertEquals("TEXT", DeviceProfiles.find(profile).orElseThrow().twinProperties().get("firmware"), profile);
        }
    }

    @Test
    void sensorsOnlyReport() {
        ThingDescription gauge = DeviceProfiles.find("water-level").orElseThrow();
        assertEquals("cm", gauge.properties().get("level").unit());
        assertFalse(gauge.twoWay(), "L1 only");
        assertEquals("°C", DeviceProfiles.find("thermometer").orElseThrow().properties().get("temperature").unit());
        assertTrue(DeviceProfiles.find("generic").orElseThrow().properties().isEmpty());
    }
}
