package org.citiverse.identity.application;

import java.util.List;

/**
 * What the identity provider said about the person at sign-in, as far as CitiVerse needs it:
 * a name to start the profile with, the department groups of staff, and the ID token to hand
 * back when they sign out (never logged, never stored beyond the session).
 */
public record SignInClaims(String name, List<String> departments, String idTokenHint) {

    public SignInClaims {
        departments = List.copyOf(departments);
    }

    /** For a session without an identity provider (the development accounts). */
    public static SignInClaims none() {
        return new SignInClaims(null, List.of(), null);
    }

    @Override
    public String toString() {
        return "SignInClaims[name=" + name + ", departments=" + departments + "]"; // never the token
    }
}
