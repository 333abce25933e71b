package org.citiverse.audit.application;

import java.util.List;

/** One page of a search and whether there are more. */
public record AuditPage(List<AuditRecord> entries, boolean hasMore) {
}
