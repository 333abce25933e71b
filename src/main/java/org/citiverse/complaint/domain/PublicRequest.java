package org.citiverse.complaint.domain;

import java.time.Instant;

/**
 * A service request as the public lists it: what Open311 shows and nothing else, read without
 * loading the request itself (no reporter, contact, casework or answers to questions).
 *
 * @param description what the reporter wrote as moderated; null when staff hid it
 * @param firstPhoto  the number of its first published photo, or null when none is published
 */
public record PublicRequest(long id, String categoryCode, String departmentCode, RequestStatus status,
                            String description, Double latitude, Double longitude, String address, String addressId,
                            String mediaUrl, String publicNote, Instant requestedAt, Instant updatedAt, Instant dueAt,
                            Integer firstPhoto) {
}
