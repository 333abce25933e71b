package org.citiverse.household.domain;

/** Where an invitation stands; only a pending one can be answered or withdrawn. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
