package org.citiverse.identity.application;

import java.util.Optional;

/** The city's identity provider, as seen from the current request (a port; the server adapts it). */
public interface IdentityProvider {

    /** The signed-in person's sign-in claims, or {@link SignInClaims#none()} when there are none. */
    SignInClaims currentClaims();

    /**
     * Where to send the browser so the person is signed out at the provider too, coming back to
     * {@code returnPath} (a path in the portal); empty when signing out here is all there is.
     */
    Optional<String> signOutUrl(String idTokenHint, String returnPath);
}
