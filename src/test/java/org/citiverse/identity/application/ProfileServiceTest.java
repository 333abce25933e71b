package org.citiverse.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProfileServiceTest {

    @Test
    void theFirstDisplayNameFitsTheProfileRules() {
        assertEquals("ana", ProfileService.initialName("  ana "));
        assertEquals(80, ProfileService.initialName("x".repeat(200)).length());
        assertEquals("?", ProfileService.initialName(" "));
        assertEquals("?", ProfileService.initialName(null));
    }
}
