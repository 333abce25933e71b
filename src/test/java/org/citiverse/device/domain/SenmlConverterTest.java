package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SenmlConverterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:03:00Z");
    private final SenmlConverter senml = new SenmlConverter();

    @Test
    void baseNameTimeValueAndSumApplyToEveryRecord() {
        List<Reading> readings = senml.convert("gauge1", "[{\"bn\":\"urn:dev:gauge1:\",\"bt\":1.7637e9,\"bv\":100,"
                + "\"bs\":50,\"n\":\"level\",\"v\":20.5},{\"n\":\"flow\",\"s\":7},{\"n\":\"level\",\"t\":60,\"v\":-1}]", NOW);
        assertEquals(2, readings.size(), "two times, two readings");
        assertEquals(Instant.ofEpochSecond(1_763_700_000L), readings.get(0).observedAt());
        assertEquals(120.5, readings.get(0).values().getJsonNumber("level").doubleValue());
        assertEquals(57, readings.get(0).values().getJsonNumber("flow").doubleValue());
        assertEquals(99, readings.get(1).values().getJsonNumber("level").doubleValue());
    }

    @Test
    void relativeTimesCountFromArrival() {
        Reading reading = senml.convert("gauge1", "[{\"n\":\"on\",\"vb\":true,\"t\":-5}]", NOW).get(0);
        assertEquals(NOW.minusSeconds(5), reading.observedAt());
        assertTrue(reading.values().getBoolean("on"));
    }

    @Test
    void twoValuesOfOnePropertyAtOneTimeAreRefused() {
        UnconvertibleException e = assertThrows(UnconvertibleException.class,
                () -> senml.convert("gauge1", "[{\"n\":\"level\",\"v\":1},{\"n\":\"level\",\"v\":2}]", NOW));
        assertTrue(e.getMessage().contains("two values of level"), e.getMessage());
    }

    @Test
    void recordsWithoutAValueOrWithBrokenFieldsAreRefused() {
        for (String bad : new String[] {"[]", "{}", "[1]", "[{\"n\":\"x\"}]", "[{\"n\":\"x\",\"v\":\"1\"}]",
                "[{\"bv\":\"1\",\"n\":\"x\",\"v\":1}]", "[{\"n\":\"x\",\"v\":1,\"t\":1e12}]", "[{\"v\":1}]"}) {
            assertThrows(UnconvertibleException.class, () -> senml.convert("gauge1", bad, NOW), bad);
        }
    }

    @Test
    void aSumPastTheRangeOfANumberIsRefusedNotThrownAtTheBatch() {
        for (String overflow : new String[] {"[{\"bv\":1.7e308,\"n\":\"x\",\"v\":1.7e308}]",
                "[{\"bs\":-1.7e308,\"n\":\"x\",\"s\":-1.7e308}]"}) {
            InvalidDeviceMessageException e = assertThrows(InvalidDeviceMessageException.class,
                    () -> senml.convert("gauge1", overflow, NOW), overflow);
            assertEquals(Rejection.NUMBER_OUT_OF_RANGE, e.rejection());
        }
    }
}
