package org.citiverse.audit.domain;

import java.util.List;

/** The stored audit log. */
public interface AuditRepository {

    void add(AuditEntry entry);

    /** One page of matching entries, newest first, and one more if there is a next page. */
    List<AuditEntry> search(AuditQuery query);
}
