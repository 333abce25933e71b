package org.citiverse.device.domain;

/** A body that is well-formed JSON but not in its content type's format: the detail says what is wrong. */
public class UnconvertibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnconvertibleException(String detail) {
        super(detail);
    }
}
