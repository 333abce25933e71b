package org.citiverse.device.domain;

/** A device message that breaks the message contract; it is dead-lettered, never retried. */
public class InvalidDeviceMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Rejection rejection;

    public InvalidDeviceMessageException(Rejection rejection) {
        super(rejection.name() + ": " + rejection.description());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
