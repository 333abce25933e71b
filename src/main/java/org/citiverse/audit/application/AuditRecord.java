package org.citiverse.audit.application;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as staff screens and the API show it. */
public record AuditRecord(UUID id, Instant occurredAt, String actor, String origin, String action,
                          String objectType, String objectId, String detail) {
}
