package org.citiverse.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CitizenProfileTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void startsWithTheLeastData() {
        CitizenProfile p = new CitizenProfile("sub-1", "  Ana  ", "nl", T0);
        assertEquals("Ana", p.displayName());
        assertEquals("nl", p.preferredLanguage());
        assertNull(p.email(), "no e-mail unless the citizen gives one");
        assertEquals(T0, p.createdAt());
    }

    @Test
    void changesNameLanguageAndEmail() {
        CitizenProfile p = new CitizenProfile("sub-1", "Ana", "en", T0);
        p.change("Ana de Vries", "nl", " ana@example.org ", T1);
        assertEquals("Ana de Vries", p.displayName());
        assertEquals("ana@example.org", p.email());
        assertEquals(T0, p.createdAt());
        assertEquals(T1, p.updatedAt());
    }

    @Test
    void aBlankEmailRemovesIt() {
        CitizenProfile p = new CitizenProfile("sub-1", "Ana", "en", T0);
        p.change("Ana", "en", "ana@example.org", T1);
        p.change("Ana", "en", "  ", T1);
        assertNull(p.email());
    }

    @Test
    void refusesWhatTheFormWouldRefuse() {
        CitizenProfile p = new CitizenProfile("sub-1", "Ana", "en", T0);
        assertThrows(IllegalArgumentException.class, () -> p.change(" ", "en", null, T1));
        assertThrows(IllegalArgumentException.class, () -> p.change("x".repeat(81), "en", null, T1));
        assertThrows(IllegalArgumentException.class, () -> p.change("Ana", "en", "not-an-address", T1));
        assertThrows(IllegalArgumentException.class,
                () -> p.change("Ana", "en", "a@" + "b".repeat(250) + ".nl", T1));
        assertEquals("Ana", p.displayName(), "a refused change leaves the profile as it was");
    }
}
