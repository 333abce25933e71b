package org.citiverse.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.citiverse.audit.domain.AuditEntry;
import org.citiverse.audit.domain.AuditQuery;
import org.citiverse.audit.domain.AuditRepository;

/**
 * The audit log. {@link #record} joins the caller's transaction, so an entry exists exactly when
 * the change it describes was committed.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditRepository entries;

    @Inject
    Caller caller;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records that the current caller did {@code action} to an object.
     *
     * @param detail short, plain words; credentials in it are redacted, but pass none
     */
    @Transactional
    public void record(String action, String objectType, String objectId, String detail) {
        entries.add(new AuditEntry(clock.instant(), caller.subject(), caller.origin(), action, objectType, objectId,
                detail));
    }

    @Transactional
    public AuditPage search(AuditQuery query) {
        List<AuditEntry> found = entries.search(query);
        boolean more = found.size() > query.limit();
        return new AuditPage(found.stream().limit(query.limit()).map(AuditLog::toRecord).toList(), more);
    }

    private static AuditRecord toRecord(AuditEntry e) {
        return new AuditRecord(e.id(), e.occurredAt(), e.actor(), e.origin(), e.action(), e.objectType(), e.objectId(),
                e.detail());
    }
}
