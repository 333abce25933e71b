package org.citiverse.audit.interfaces.rest;

import java.util.List;
import org.citiverse.audit.application.AuditPage;
import org.citiverse.audit.application.AuditRecord;

/** One page of audit entries; {@code hasMore} says whether the next offset finds more. */
public record AuditPageDto(List<AuditRecord> entries, boolean hasMore) {

    static AuditPageDto of(AuditPage page) {
        return new AuditPageDto(page.entries(), page.hasMore());
    }
}
