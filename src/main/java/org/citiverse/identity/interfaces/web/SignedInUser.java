package org.citiverse.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/** Who is signed in, for the page shell, and signing out. */
@Named("user")
@RequestScoped
public class SignedInUser {

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageSelection language;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isCitizen() {
        return request.isUserInRole("citizen");
    }

    public boolean isStaff() {
        return request.isUserInRole("staff") || request.isUserInRole("admin");
    }

    /** Ends the session here; the home page then says so, in the language in use. */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String languageInUse = language.getTag();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?signedOut=true&lang=" + languageInUse);
    }
}
