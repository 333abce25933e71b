package org.citiverse.device.domain;

/** A device message that breaks the message contract; it is dead-lettered, never retried. */
public class InvalidDeviceMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Rejection rejection;

    public InvalidDeviceMessageException(Rejection rejection) {
        super(rejection.name() + ": " + rejection.description());
        this.rejection = rejection;
    }

    /** With a detail saying exactly what is wrong (it travels with the dead letter). */
    public InvalidDeviceMessageException(Rejection rejection, String detail) {
        super(rejection.name() + ": " + detail);
        this.rejection = rejection;
    }

    /** What to tell staff: the rule's description, or the detail given. */
    public String detail() {
        return getMessage().substring(rejection.name().length() + 2);
    }

    public Rejection rejection() {
        return rejection;
    }
}
