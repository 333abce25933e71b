package org.citiverse.shared.interfaces.rest;

/** A request that cannot be understood as sent (a malformed parameter or body): a 400 problem saying why. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;

    public InvalidRequestException(String type, String detail) {
        super(detail);
        this.type = type;
    }

    /** A query parameter that must be a whole number; otherwise a 400 of this problem type. */
    public static int wholeNumber(String text, String name, String type) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(type, name + " must be a whole number");
        }
    }

    public String type() {
        return type;
    }
}
