package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LorawanUplinkConverterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:03:00Z");
    private final LorawanUplinkConverter uplinks = new LorawanUplinkConverter();

    @Test
    void theDecodedPayloadAtTheNetworksReceptionTime() {
        Reading reading = uplinks.convert("gauge-7", "{\"end_device_ids\":{\"device_id\":\"gauge-7\"},\"received_at\":"
                + "\"2026-11-22T14:02:59.900Z\",\"uplink_message\":{\"f_port\":2,\"frm_payload\":\"AQI=\","
                + "\"decoded_payload\":{\"level\":118.4,\"battery\":{\"volts\":3.6,\"low\":false}},"
                + "\"received_at\":\"2026-11-22T14:02:59.812Z\"}}", NOW).get(0);
        assertEquals(Instant.parse("2026-11-22T14:02:59.812Z"), reading.observedAt());
        assertEquals(118.4, reading.values().getJsonNumber("level").doubleValue());
        assertEquals(3.6, reading.values().getJsonNumber("battery_volts").doubleValue());
        assertEquals(false, reading.values().getBoolean("battery_low"));
        assertEquals(3, reading.values().size(), "only the decoded payload becomes state");
    }

    @Test
    void withoutTimesItIsWhenItArrivedAndWithoutEndDeviceIdsTheSignersOwn() {
        assertEquals(NOW, uplinks.convert("gauge-7", "{\"uplink_message\":{\"decoded_payload\":{\"on\":true}}}", NOW)
                .get(0).observedAt());
    }

    @Test
    void whatIsNotAnUplinkWithADecodedPayloadIsRefused() {
        for (String bad : new String[] {"[]", "{}", "{\"uplink_message\":{}}",
                "{\"uplink_message\":{\"decoded_payload\":{}}}",
                "{\"uplink_message\":{\"decoded_payload\":{\"xs\":[1,2]}}}",
                "{\"uplink_message\":{\"decoded_payload\":{\"a\":{\"b\":{\"c\":{\"d\":1}}}}}}",
                "{\"uplink_message\":{\"decoded_payload\":{\"a\":1},\"received_at\":\"yesterday\"}}",
                "{\"end_device_ids\":\"gauge-7\",\"uplink_message\":{\"decoded_payload\":{\"a\":1}}}",
                "{\"end_device_ids\":{\"device_id\":7},\"uplink_message\":{\"decoded_payload\":{\"a\":1}}}"}) {
            assertThrows(UnconvertibleException.class, () -> uplinks.convert("gauge-7", bad, NOW), bad);
        }
    }

    @Test
    void anUplinkOfAnotherEndDeviceIsRefusedAsAMismatchNamingBoth() {
        InvalidDeviceMessageException refused = assertThrows(InvalidDeviceMessageException.class,
                () -> uplinks.convert("gauge-7", "{\"end_device_ids\":{\"device_id\":\"gauge-8\",\"dev_eui\":"
                        + "\"70B3D57ED0000001\"},\"uplink_message\":{\"decoded_payload\":{\"level\":1}}}", NOW));
        assertEquals(Rejection.DEVICE_MISMATCH, refused.rejection());
        assertTrue(refused.detail().contains("'gauge-8'") && refused.detail().contains("'gauge-7'"), refused.detail());
        assertThrows(InvalidDeviceMessageException.class, () -> uplinks.convert("gauge-7", "{\"end_device_ids\":"
                + "{\"device_id\":\"GAUGE-7\"},\"uplink_message\":{\"decoded_payload\":{\"level\":1}}}", NOW),
                "ids are compared exactly");
    }

    @Test
    void whatTheUplinkNamesIsQuotedSafely() {
        InvalidDeviceMessageException refused = assertThrows(InvalidDeviceMessageException.class,
                () -> uplinks.convert("gauge-7", "{\"end_device_ids\":{\"device_id\":\"<b>\\n" + "x".repeat(300)
                        + "\"},\"uplink_message\":{\"decoded_payload\":{\"level\":1}}}", NOW));
        assertTrue(refused.detail().startsWith("end_device_ids.device_id is '?b??x"), refused.detail());
        assertTrue(refused.detail().length() < 200, "bounded: " + refused.detail().length());
    }
}
