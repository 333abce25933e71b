package org.citiverse.household.domain;

/** A household rule was broken; the reason names it for the person who tried. */
public class HouseholdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Each reason has a message in the portal's bundles: household.error.&lt;code&gt;. */
    public enum Reason {
        NOT_FOUND("not-found"),
        NOT_OWNER("not-owner"),
        NAME_INVALID("name-invalid"),
        NOTE_INVALID("note-invalid"),
        ALREADY_MEMBER("already-member"),
        INVITATION_ANSWERED("invitation-answered"),
        INVITATION_EXPIRED("invitation-expired"),
        TOO_MANY_INVITATIONS("too-many-invitations"),
        OWNER_STAYS("owner-stays");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public HouseholdException(Reason reason) {
        super(reason.code());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
