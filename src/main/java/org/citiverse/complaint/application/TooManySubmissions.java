package org.citiverse.complaint.application;

/** A sender spent its submission budget; it may try again after {@code retryAfterSeconds}. */
public class TooManySubmissions extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManySubmissions(long retryAfterSeconds) {
        super("too many submissions; try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
