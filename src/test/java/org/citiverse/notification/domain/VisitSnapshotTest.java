package org.citiverse.notification.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisitSnapshotTest {

    private static final UUID VISIT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-22T13:03:00Z");

    private static String uri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void picturesThatAreWhatTheySayAreTaken() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        VisitSnapshot taken = VisitSnapshot.fromDataUri(VISIT, uri("image/jpeg", jpeg), NOW).orElseThrow();
        assertEquals("image/jpeg", taken.contentType());
        assertArrayEquals(jpeg, taken.image());
        assertEquals(NOW, taken.takenAt());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10};
        assertTrue(VisitSnapshot.fromDataUri(VISIT, uri("image/png", png), NOW).isPresent());
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
        assertTrue(VisitSnapshot.fromDataUri(VISIT, uri("image/svg+xml", svg), NOW).isPresent());
        assertEquals(VISIT, VisitSnapshot.fromDataUri(VISIT, uri("image/png", png), NOW).orElseThrow().visitId());
    }

    @Test
    void anythingElseIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        for (String bad : new String[] {null, "", "https://example.org/x.jpg", "data:image/jpeg,rawtext",
                "data:image/jpeg;base64,!!!notbase64", uri("image/jpeg", html), uri("image/svg+xml", html),
                uri("text/html", html), uri("image/gif", new byte[] {'G', 'I', 'F', '8'}), uri("image/png", new byte[0]),
                uri("image/png", big())}) {
            assertTrue(VisitSnapshot.fromDataUri(VISIT, bad, NOW).isEmpty(), String.valueOf(bad).length() > 80
                    ? "oversized or long: " + bad.substring(0, 40) : String.valueOf(bad));
        }
    }

    private static byte[] big() {
        byte[] bytes = new byte[VisitSnapshot.MAX_BYTES + 1];
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        return bytes;
    }
}
