package org.citiverse.complaint.application;

import java.time.Instant;

/**
 * One change of a request.
 *
 * @param author who made it (staff only; null in public views)
 */
public record UpdateView(long id, long requestId, String status, String extendedStatus, String note,
                         boolean internal, String author, Instant createdAt) {
}
