package org.citiverse.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void credentialsNeverReachTheLog() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJlLWJ5dGVz";
        String stored = AuditEntry.scrub("refused token " + jwt + " from gateway");
        assertFalse(stored.contains("eyJ"), stored);
        assertTrue(stored.contains(AuditEntry.REDACTED));
        assertFalse(AuditEntry.scrub("password=hunter2 was typed").contains("hunter2"));
        assertFalse(AuditEntry.scrub("Authorization: Bearer abc.def").contains("abc"));
        assertEquals("member 3f2c-uuid", AuditEntry.scrub("member 3f2c-uuid"), "ordinary detail is kept");
    }

    @Test
    void detailIsBoundedAndPlain() {
        assertEquals(AuditEntry.MAX_DETAIL, AuditEntry.scrub("x".repeat(5000)).length());
        assertEquals("a b", AuditEntry.scrub("a\nb"));
        assertNull(AuditEntry.scrub("  "));
    }

    @Test
    void actionsAreCodes() {
        new AuditEntry(NOW, "ana", "127.0.0.1", "household.member-removed", "household", "h1", null);
        for (String bad : new String[] {null, "removed", "Household.Removed", "household.", "a.b c"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new AuditEntry(NOW, "ana", null, bad, "household", "h1", null), String.valueOf(bad));
        }
    }

    @Test
    void searchesAreParsedFromWhatPeopleType() {
        AuditQuery day = AuditQuery.parse(" ana ", "", null, "2026-11-22", "2026-11-22", 0, 50);
        assertEquals("ana", day.actor());
        assertNull(day.action());
        assertEquals(Instant.parse("2026-11-22T00:00:00Z"), day.from());
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), day.to(), "the whole last day is included");
        assertEquals(Instant.parse("2026-11-22T14:03:00Z"),
                AuditQuery.parse(null, null, null, "2026-11-22T14:03:00Z", null, 0, 1).from());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> AuditQuery.parse(null, null, null, "22/11/2026", null, 0, 50));
        assertTrue(bad.getMessage().startsWith("from must be a date"));
        assertThrows(IllegalArgumentException.class, () -> AuditQuery.parse(null, null, null, "2026-11-23",
                "2026-11-21", 0, 50));
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(null, null, null, null, null, -1, 50));
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(null, null, null, null, null, 0, 1001));
    }
}
