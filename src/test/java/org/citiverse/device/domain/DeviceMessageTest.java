package org.citiverse.device.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The device message contract (FGMV-31 CommR-ReqR-1): what is accepted and why anything is refused. */
class DeviceMessageTest {

    private static final int MAX = 64;

    @Test
    void acceptsAWellFormedReport() {
        DeviceMessage m = DeviceMessage.validate("msg-1", "door:12", "application/json; charset=UTF-8",
                "{\"open\":true}", MAX);
        assertEquals("msg-1", m.messageId());
        assertEquals("door:12", m.deviceId());
        assertEquals("application/json", m.contentType());
        assertEquals(13, m.bodyBytes());
    }

    @Test
    void defaultsAMissingContentTypeToJson() {
        assertEquals("application/json", DeviceMessage.validate("m", "d", null, "[]", MAX).contentType());
    }

    @Test
    void acceptsSenmlWhateverTheCase() {
        assertEquals("application/senml+json",
                DeviceMessage.validate("m", "d", "Application/SenML+JSON", "[{\"n\":\"t\",\"v\":1}]", MAX)
                        .contentType());
    }

    @Test
    void countsBytesNotCharacters() {
        String body = "\"" + "é".repeat(31) + "\""; // 31 two-byte characters + 2 quotes = 64 bytes
        assertEquals(64, DeviceMessage.validate("m", "d", null, body, MAX).bodyBytes());
        String tooLarge = "\"" + "é".repeat(32) + "\"";
        assertRejected(Rejection.TOO_LARGE, "m", "d", null, tooLarge);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "MISSING_MESSAGE_ID, NULL, dev, application/json, {}",
        "MISSING_MESSAGE_ID, ' ', dev, application/json, {}",
        "INVALID_MESSAGE_ID, 'id with spaces', dev, application/json, {}",
        "INVALID_MESSAGE_ID, 'id/../etc', dev, application/json, {}",
        "MISSING_DEVICE_ID, m1, NULL, application/json, {}",
        "INVALID_DEVICE_ID, m1, '<script>', application/json, {}",
        "UNSUPPORTED_CONTENT_TYPE, m1, dev, text/plain, {}",
        "UNSUPPORTED_CONTENT_TYPE, m1, dev, application/xml, <a/>",
        "MISSING_BODY, m1, dev, application/json, NULL",
        "MISSING_BODY, m1, dev, application/json, '   '",
        "MALFORMED_BODY, m1, dev, application/json, '{\"open\":'",
        "MALFORMED_BODY, m1, dev, application/json, 'not json'",
    })
    void refusesWhatBreaksTheContract(Rejection expected, String messageId, String deviceId, String type,
                                      String body) {
        assertRejected(expected, messageId, deviceId, type, body);
    }

    @Test
    void refusesOverlongIdentifiers() {
        assertRejected(Rejection.INVALID_MESSAGE_ID, "m".repeat(101), "d", null, "{}");
        assertEquals(100, DeviceMessage.validate("m".repeat(100), "d", null, "{}", MAX).messageId().length());
    }

    private static void assertRejected(Rejection expected, String messageId, String deviceId, String type,
                                       String body) {
        InvalidDeviceMessageException e = assertThrows(InvalidDeviceMessageException.class,
                () -> DeviceMessage.validate(messageId, deviceId, type, body, MAX));
        assertEquals(expected, e.rejection());
    }
}
