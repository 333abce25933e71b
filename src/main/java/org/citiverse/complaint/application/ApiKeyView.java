package org.citiverse.complaint.application;

import java.time.Instant;
import java.util.UUID;

/** An Open311 API key as admins see it (never the key itself). */
public record ApiKeyView(UUID id, String name, String createdBy, Instant createdAt, Instant revokedAt) {
}
