package org.citiverse.device.domain;

/** A Thing Description the platform does not take: the detail says exactly which rule it breaks. */
public class InvalidDescriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidDescriptionException(String detail) {
        super(detail);
    }
}
