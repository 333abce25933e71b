package org.citiverse.permit.application;

import java.time.Instant;

/**
 * A question of staff (INFORMATION_REQUEST) or an answer of the applicant (ANSWER).
 *
 * @param author the staff member's subject for staff; null for the applicant's own view
 */
public record ApplicationMessageView(String kind, String body, Instant createdAt, String author) {
}
