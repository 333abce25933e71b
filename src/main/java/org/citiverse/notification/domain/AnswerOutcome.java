package org.citiverse.notification.domain;

/** How a member's answer to a visit went. */
public enum AnswerOutcome {
    /** It took effect. */
    TAKEN,
    /** Someone else had already handled the visit. */
    ALREADY_ANSWERED,
    /** Nobody answered in time; the visit can no longer be answered. */
    EXPIRED
}
