package org.citiverse.audit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.citiverse.audit.application.AuditRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void aFileHasAHeaderAndOneLinePerEntry() {
        AuditRecord r = new AuditRecord(UUID.randomUUID(), Instant.parse("2026-11-22T10:00:00Z"), "ana", "10.0.0.1",
                "household.created", "household", "h1", null);
        assertEquals(AuditCsv.HEADER + "\r\n\"2026-11-22T10:00:00Z\",\"ana\",\"10.0.0.1\",\"household.created\","
                + "\"household\",\"h1\",\r\n", AuditCsv.of(List.of(r)));
    }
}
