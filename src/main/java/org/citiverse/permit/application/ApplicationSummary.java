package org.citiverse.permit.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application in a list ("My permit applications", the staff queue).
 *
 * @param decisionDue  the deadline of the decision; null before submission
 * @param paused       the term is paused (information requested)
 * @param overdue      with the city after its deadline
 * @param openQuestion what staff asked, while the applicant has not answered; else null
 */
public record ApplicationSummary(String reference, String status, String activity, String zoneType, String zoneCode,
                                 String addressId, String outcomeRuleId, Instant createdAt, Instant submittedAt,
                                 LocalDate decisionDue, boolean paused, boolean overdue, String assignee,
                                 String assigneeName, String openQuestion) {
}
