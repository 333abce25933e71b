package org.citiverse.household.domain;

import org.citiverse.shared.domain.RuleViolation;

/** A household rule was broken; the reason names it for the person who tried. */
public class HouseholdException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** Each reason has a message in the portal's bundles: household.error.&lt;reason in kebab case&gt;. */
    public enum Reason {
        NOT_FOUND,
        NOT_OWNER,
        NAME_INVALID,
        NOTE_INVALID,
        ALREADY_MEMBER,
        INVITATION_ANSWERED,
        INVITATION_EXPIRED,
        TOO_MANY_INVITATIONS,
        OWNER_STAYS
    }

    private final Reason reason;

    public HouseholdException(Reason reason) {
        super("household", reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
