package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The firmware a device runs (FGMV-31: device properties "where reported"): named by a report's text
 * value firmware or by its Thing Description's version.instance; newer word wins, anything that is no
 * version is ignored.
 */
class DeviceFirmwareTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String TD = "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Gauge\"";

    private final Device gauge = new Device("gauge-1", "Canal gauge", "water-level", null, "staff", NOW);
    /** The same device as its reports see it. */
    private final ReportingDevice reporting = new ReportingDevice("gauge-1", "water-level", null,
            DeviceStatus.ACTIVE, 1, null, null, null);

    @Test
    void aReportNamesItAndTheNewestReadingWins() {
        assertNull(reportedFirmware(), "unknown until the device says");
        reporting.reported(List.of(reading(NOW, "{\"level\":4}")));
        assertNull(reportedFirmware(), "a report without it changes nothing");
        reporting.reported(List.of(reading(NOW, "{\"level\":4,\"firmware\":\" 1.2.0 \"}"),
                reading(NOW.plusSeconds(60), "{\"firmware\":\"1.3.0\"}")));
        assertEquals("1.3.0", reportedFirmware());
    }

    @Test
    void aLateReportDoesNotBringBackAnOlderVersion() {
        reporting.reported(List.of(reading(NOW, "{\"firmware\":\"2.0\"}")));
        reporting.reported(List.of(reading(NOW.minusSeconds(3600), "{\"firmware\":\"1.9\"}")));
        assertEquals("2.0", reportedFirmware());
        reporting.reported(List.of(reading(NOW, "{\"firmware\":\"2.0-hotfix\"}")));
        assertEquals("2.0-hotfix", reportedFirmware(), "the same time: the later report");
    }

    @Test
    void whatIsNoVersionIsIgnoredAndTheKnownOneStays() {
        reporting.reported(List.of(reading(NOW, "{\"firmware\":\"1.0\"}")));
        String tooLong = "1." + "0".repeat(Device.MAX_FIRMWARE - 1);
        for (String value : new String[] {"2", "true", "null", "{\"major\":2}", "[2,0]", "\"\"", "\"   \"",
                "\"2.0\\u0000\"", "\"" + tooLong + "\""}) {
            reporting.reported(List.of(reading(NOW.plusSeconds(1), "{\"firmware\":" + value + "}")));
            assertEquals("1.0", reportedFirmware(), value);
        }
        String longest = "1." + "0".repeat(Device.MAX_FIRMWARE - 2);
        reporting.reported(List.of(reading(NOW.plusSeconds(1), "{\"firmware\":\"" + longest + "\"}")));
        assertEquals(longest, reportedFirmware(), "exactly the longest kept");
    }

    private String reportedFirmware() {
        return reporting.firmware() == null ? null : reporting.firmware().version();
    }

    @Test
    void aDescriptionNamesItWithItsInstanceVersion() {
        gauge.describe(ThingDescription.parse(TD + ",\"version\":{\"instance\":\"4.1.7\",\"model\":\"2\"}}"), NOW);
        assertEquals("4.1.7", gauge.firmware());
        assertEquals("4.1.7", gauge.description().orElseThrow().instanceVersion().orElseThrow(),
                "kept with the description");
        gauge.describe(ThingDescription.parse(TD + "}"), NOW.plusSeconds(5));
        assertEquals("4.1.7", gauge.firmware(), "a description without a version leaves it");
    }

    @Test
    void aDescriptionWhoseVersionIsNoVersionIsStillTakenWithoutIt() {
        for (String version : new String[] {"\"4.1.7\"", "{\"instance\":4}", "{\"instance\":\"" + "9".repeat(65) + "\"}",
                "{\"model\":\"2\"}"}) {
            ThingDescription td = ThingDescription.parse(TD + ",\"version\":" + version + "}");
            assertTrue(td.instanceVersion().isEmpty(), version);
            assertTrue(!td.toJson().containsKey("version"), version);
            gauge.describe(td, NOW);
            assertNull(gauge.firmware(), version);
        }
    }

    private static Reading reading(Instant at, String values) {
        return new Reading(at, (JsonObject) JSON.createReader(new StringReader(values)).readValue());
    }
}
