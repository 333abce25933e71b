package org.citiverse.permit.domain;

/** A rule set's life: uploaded as a draft, activated once its test cases pass, retired by its successor. */
public enum RuleSetStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
