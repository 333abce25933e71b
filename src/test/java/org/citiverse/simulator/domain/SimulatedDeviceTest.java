package org.citiverse.simulator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.testsupport.Devices;
import org.junit.jupiter.api.Test;

class SimulatedDeviceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:03:00Z");
    private static final Scenario RELIABLE = new Scenario(1, 1, 1, 0, 100, 300);
    private static final Scenario BROKEN = new Scenario(1, 1, 1, 1, 100, 100);

    private static JsonObject values(String report) {
        JsonObject body = JsonText.object(report);
        assertTrue(body.containsKey("observedAt"), report);
        return body.getJsonObject("values");
    }

    @Test
    void aScenarioRefusesWhatCannotBe() {
        assertThrows(IllegalArgumentException.class, () -> new Scenario(-1, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Scenario(400, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Scenario(1, 1, 1, 1.5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Scenario(1, 1, 1, Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Scenario(1, 1, 1, 0, 500, 100));
    }

    @Test
    void aFleetHasStableIdsAndEveryKind() {
        List<SimulatedDevice> fleet = CityFleet.of(new Scenario(2, 3, 1, 0, 0, 0), "sim-");
        assertEquals(10, fleet.size());
        assertEquals("sim-home2-camera", fleet.get(5).id());
        assertEquals(List.of("doorbell", "door-lock", "camera", "street-light", "water-level"), fleet.stream()
                .map(SimulatedDevice::profile).distinct().toList());
        assertTrue(fleet.stream().allMatch(d -> d.id().matches("[A-Za-z0-9._:-]{1,100}")), "valid device ids");
        assertEquals("Home 2", CityFleet.home(fleet.get(5)), "a home's devices share its twin");
        assertEquals(null, CityFleet.home(fleet.get(6)), "a street light belongs to no home");
    }

    @Test
    void aPressedDoorbellReportsTheRingThenQuiet() {
        Doorbell bell = new Doorbell("b", "Home 1 doorbell", 0);
        Random random = new Random(1);
        assertTrue(bell.tick(random, NOW).isEmpty(), "nothing to say");
        bell.press();
        assertTrue(values(bell.tick(random, NOW).orElseThrow()).getBoolean("pressed"));
        assertFalse(values(bell.tick(random, NOW).orElseThrow()).getBoolean("pressed"));
        assertTrue(bell.tick(random, NOW).isEmpty());
    }

    @Test
    void aLockOpensOnCommandAnswersAfterItsDelayAndLocksItselfAgain() {
        DoorLock lock = new DoorLock("l", "Home 1 front door lock");
        Random random = new Random(2);
        Answer answer = lock.answer("open", null, RELIABLE, random, NOW);
        assertTrue(answer.ok());
        assertTrue(answer.delayMs() >= 100 && answer.delayMs() <= 300, "delay " + answer.delayMs());
        JsonObject report = JsonText.object(answer.report().orElseThrow());
        assertFalse(report.getJsonObject("values").getBoolean("locked"));
        assertTrue(report.getJsonObject("values").getBoolean("open"));
        assertEquals(NOW.plusMillis(answer.delayMs()).toString(), report.getString("observedAt"),
                "observed when the device is done");
        for (int t = 1; t < DoorLock.RELOCK_TICKS; t++) {
            assertTrue(lock.tick(random, NOW).isEmpty());
        }
        assertTrue(values(lock.tick(random, NOW).orElseThrow()).getBoolean("locked"));
    }

    @Test
    void aQuietDeviceStillReportsNowAndThenSoItStaysOnline() {
        Random random = new Random(3);
        Camera camera = new Camera("c", "Home 1 front door camera");
        DoorLock lock = new DoorLock("l", "Home 1 front door lock");
        for (int t = 1; t < SimulatedDevice.HEARTBEAT_TICKS; t++) {
            assertTrue(camera.tick(random, NOW).isEmpty(), "quiet tick " + t);
            assertTrue(lock.tick(random, NOW).isEmpty(), "quiet tick " + t);
        }
        assertTrue(values(camera.tick(random, NOW).orElseThrow()).containsKey("lastSnapshotAt"));
        assertTrue(values(lock.tick(random, NOW).orElseThrow()).getBoolean("locked"));
        assertTrue(lock.tick(random, NOW).isEmpty(), "quiet again after its heartbeat");
    }

    @Test
    void aFailingDeviceSaysWhyAndChangesNothing() {
        DoorLock lock = new DoorLock("l", "Home 1 front door lock");
        Answer answer = lock.answer("open", null, BROKEN, new Random(3), NOW);
        assertFalse(answer.ok());
        assertEquals("the bolt is jammed", answer.detail());
        assertTrue(answer.report().isEmpty());
        assertTrue(values(lock.report(NOW)).getBoolean("locked"));

        Answer unknown = lock.answer("explode", null, RELIABLE, new Random(3), NOW);
        assertFalse(unknown.ok());
        assertEquals(SimulatedDevice.UNKNOWN, unknown.detail());

        JsonObject ack = JsonText.object(answer.body("c-1"));
        assertEquals("c-1", ack.getString("correlationId"));
        assertEquals("failed", ack.getString("outcome"));
    }

    @Test
    void aSyncRequestIsAnsweredWithTheWholeState() {
        Answer answer = new WaterLevelGauge("g", "Canal gauge 1").answer("sync", null, BROKEN, new Random(4), NOW);
        assertTrue(answer.ok(), "a sync never fails: it is a report");
        assertEquals(WaterLevelGauge.NORMAL_CM, values(answer.report().orElseThrow()).getJsonNumber("level")
                .doubleValue());
    }

    @Test
    void aCameraSnapshotIsASmallPictureWithItsTimeHandedBackWithTheAnswerNotReported() {
        Camera camera = new Camera("c", "Home 1 door camera");
        Answer answer = camera.answer("snapshot", null, RELIABLE, new Random(5), NOW);
        JsonObject values = values(answer.report().orElseThrow());
        assertFalse(values.containsKey("snapshot"), "a visitor's picture stays out of the twin's state: " + values);
        String uri = answer.result().getString("image");
        assertEquals(uri, jakarta.json.Json.createReader(new java.io.StringReader(answer.body("x"))).readObject()
                .getJsonObject("result").getString("image"));
        assertTrue(uri.startsWith("data:image/svg+xml;base64,") && uri.length() < 2_000, uri);
        String svg = new String(java.util.Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.contains("14:03:00 UTC"), svg);
        assertEquals(NOW.toString(), values.getString("lastSnapshotAt"));
    }

    @Test
    void aStreetLightFailsAtRandomDrawsNoPowerThenAndObeysSwitch() {
        StreetLight light = new StreetLight("s", "Street light 1", 1);
        JsonObject broken = values(light.tick(new Random(6), NOW).orElseThrow());
        assertTrue(broken.getBoolean("lampFault"));
        assertEquals(0, broken.getJsonNumber("power").doubleValue());

        StreetLight healthy = new StreetLight("s2", "Street light 2", 0);
        JsonObject off = values(healthy.answer("switch", JsonText.object("{\"on\":false}"), RELIABLE, new Random(7), NOW)
                .report().orElseThrow());
        assertFalse(off.getBoolean("on"));
        JsonObject toggled = values(healthy.answer("switch", null, RELIABLE, new Random(7), NOW).report().orElseThrow());
        assertTrue(toggled.getBoolean("on"));
        assertEquals(StreetLight.WATTS, toggled.getJsonNumber("power").doubleValue());
    }

    @Test
    void aGaugeWandersButStaysPlausible() {
        WaterLevelGauge gauge = new WaterLevelGauge("g", "Canal gauge 1");
        Random random = new Random(8);
        for (int i = 0; i < 10_000; i++) {
            double level = values(gauge.tick(random, NOW).orElseThrow()).getJsonNumber("level").doubleValue();
            assertTrue(level > 60 && level < 180, "level " + level);
        }
    }

    @Test
    void signaturesAreTheDocumentedOnes() {
        String body = "{\"values\":{\"level\":12}}";
        assertEquals(Devices.sign("s3cret", "m-1", "gauge-1", "application/json", body),
                DeviceSignature.of("s3cret", "m-1", "gauge-1", "application/json", body));
    }
}
