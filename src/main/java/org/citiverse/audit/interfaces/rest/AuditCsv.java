package org.citiverse.audit.interfaces.rest;

import java.util.Arrays;
import java.util.List;
import org.citiverse.audit.application.AuditRecord;
import org.citiverse.shared.interfaces.rest.Csv;

/** Audit entries as CSV. */
final class AuditCsv {

    static final String HEADER = "occurred_at,actor,origin,action,object_type,object_id,detail";

    private AuditCsv() {
    }

    static String of(List<AuditRecord> rows) {
        return Csv.of(HEADER, rows.stream().map(r -> Arrays.asList(r.occurredAt().toString(), r.actor(), r.origin(),
                r.action(), r.objectType(), r.objectId(), r.detail())));
    }
}
