package org.citiverse.shared.interfaces.rest;

/** A request that cannot be understood as sent (a malformed parameter or body): a 400 problem saying why. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;

    public InvalidRequestException(String type, String detail) {
        super(detail);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
