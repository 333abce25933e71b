package org.citiverse.identity.application;

/** The profile was changed elsewhere (another tab or device) after this edit began. */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("the profile was changed after this edit began");
    }
}
