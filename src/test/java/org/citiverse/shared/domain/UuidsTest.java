package org.citiverse.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void aUuidIsReadAndAnythingElseIsNothing() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Uuids.parse(id.toString()).orElseThrow());
        for (String other : new String[] {null, "", "household", "not-a-uuid-at-all", id + "x", "1-2-3-4-5-6"}) {
            assertTrue(Uuids.parse(other).isEmpty(), String.valueOf(other));
        }
    }
}
