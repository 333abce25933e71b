package org.citiverse.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * The identity provider's subject of whoever makes the current request: the key every context
 * checks its data against. Pages that use it are protected, so someone is always signed in.
 */
@RequestScoped
public class CurrentSubject {

    @Inject
    HttpServletRequest request;

    public String get() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw new IllegalStateException("a protected page was reached without a signed-in person");
        }
        return principal.getName();
    }
}
