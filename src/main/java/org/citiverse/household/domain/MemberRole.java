package org.citiverse.household.domain;

/** The owner set the household up and manages its members; members live there. */
public enum MemberRole {
    OWNER,
    MEMBER
}
