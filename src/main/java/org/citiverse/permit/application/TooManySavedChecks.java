package org.citiverse.permit.application;

/** A citizen already keeps {@link org.citiverse.permit.domain.SavedCheck#MAX_PER_OWNER} checks. */
public class TooManySavedChecks extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TooManySavedChecks() {
        super("at most " + org.citiverse.permit.domain.SavedCheck.MAX_PER_OWNER + " saved permit checks");
    }
}
