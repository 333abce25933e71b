package org.citiverse.permit.domain;

/**
 * Where a permit application is: DRAFT → SUBMITTED → (INFORMATION_REQUESTED ⇄ SUBMITTED) → GRANTED
 * or REFUSED; WITHDRAWN by the applicant at any point before a decision.
 */
public enum ApplicationStatus {
    /** Being prepared by the applicant: documents, description and declaration can change. */
    DRAFT,
    /** With the city; the decision term runs. */
    SUBMITTED,
    /** Staff asked the applicant something; the decision term is paused until they answer. */
    INFORMATION_REQUESTED,
    /** Decided: the permit is granted. */
    GRANTED,
    /** Decided: the permit is refused. */
    REFUSED,
    /** Taken back by the applicant. */
    WITHDRAWN;

    /** Whether nothing happens to it any more. */
    public boolean isFinished() {
        return this == GRANTED || this == REFUSED || this == WITHDRAWN;
    }

    /** The status named (any case), or null for none of them. */
    public static ApplicationStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (ApplicationStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        return null;
    }
}
