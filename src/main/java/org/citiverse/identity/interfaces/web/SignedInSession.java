package org.citiverse.identity.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * What the portal remembers about the signed-in person for the length of their session: the
 * subject it was started for, the name to show and the ID token needed to sign them out at the
 * identity provider.
 */
@SessionScoped
public class SignedInSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String subject;
    private String displayName;
    private transient String idTokenHint;

    boolean isStartedFor(String candidate) {
        return candidate != null && candidate.equals(subject);
    }

    void start(String newSubject, String name, String hint) {
        this.subject = newSubject;
        this.displayName = name;
        this.idTokenHint = hint;
    }

    void rename(String name) {
        this.displayName = name;
    }

    String displayName() {
        return displayName;
    }

    String idTokenHint() {
        return idTokenHint;
    }
}
