package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LorawanUplinkConverterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:03:00Z");
    private final LorawanUplinkConverter uplinks = new LorawanUplinkConverter();

    @Test
    void theDecodedPayloadAtTheNetworksReceptionTime() {
        Reading reading = uplinks.convert("{\"end_device_ids\":{\"device_id\":\"gauge-7\"},\"received_at\":"
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
    void withoutTimesItIsWhenItArrived() {
        assertEquals(NOW, uplinks.convert("{\"uplink_message\":{\"decoded_payload\":{\"on\":true}}}", NOW).get(0)
                .observedAt());
    }

    @Test
    void whatIsNotAnUplinkWithADecodedPayloadIsRefused() {
        for (String bad : new String[] {"[]", "{}", "{\"uplink_message\":{}}",
                "{\"uplink_message\":{\"decoded_payload\":{}}}",
                "{\"uplink_message\":{\"decoded_payload\":{\"xs\":[1,2]}}}",
                "{\"uplink_message\":{\"decoded_payload\":{\"a\":{\"b\":{\"c\":{\"d\":1}}}}}}",
                "{\"uplink_message\":{\"decoded_payload\":{\"a\":1},\"received_at\":\"yesterday\"}}"}) {
            assertThrows(UnconvertibleException.class, () -> uplinks.convert(bad, NOW), bad);
        }
    }
}
