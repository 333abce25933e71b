package org.citiverse.audit.interfaces.rest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citiverse.audit.application.AuditRecord;

/** Audit entries as CSV (RFC 4180) that spreadsheets open safely. */
final class AuditCsv {

    static final String HEADER = "occurred_at,actor,origin,action,object_type,object_id,detail";

    private AuditCsv() {
    }

    static String of(List<AuditRecord> rows) {
        return Stream.concat(Stream.of(HEADER), rows.stream().map(AuditCsv::line))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(AuditRecord r) {
        return Stream.of(r.occurredAt().toString(), r.actor(), r.origin(), r.action(), r.objectType(), r.objectId(),
                r.detail()).map(AuditCsv::cell).collect(Collectors.joining(","));
    }

    /** Quotes every cell; a leading = + - @ would be run as a formula by spreadsheets, so it is escaped. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
