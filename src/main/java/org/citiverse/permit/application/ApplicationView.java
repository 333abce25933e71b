package org.citiverse.permit.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.citiverse.permit.domain.CheckSnapshot;

/**
 * One application with the check it was made from, its documents and the exchange with staff.
 *
 * @param requiredDocuments the kinds of document its activity requires
 * @param missingDocuments  those not added yet (submission is refused while any is missing)
 * @param decisionDue       the deadline (null before submission); moves on after a pause
 * @param paused            information requested: the term stands still
 */
public record ApplicationView(String reference, String status, String applicant, CheckSnapshot check,
                              String description, String contactEmail, String contactPhone, Instant createdAt,
                              Instant submittedAt, Instant declaredAt, LocalDate decisionDue, boolean paused,
                              boolean overdue, String assignee, String assigneeName, Instant decidedAt,
                              String decisionReason, List<String> requiredDocuments, List<String> missingDocuments,
                              List<DocumentView> documents, List<ApplicationMessageView> messages) {
}
