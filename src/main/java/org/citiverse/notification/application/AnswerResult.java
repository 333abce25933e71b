package org.citiverse.notification.application;

import org.citiverse.notification.domain.AnswerOutcome;

/** How a member's answer went, and the visit as it now stands (with who handled it, when not them). */
public record AnswerResult(AnswerOutcome outcome, VisitView visit) {
}
