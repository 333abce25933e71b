package org.citiverse.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.identity.application.IdentityProvider;
import org.citiverse.identity.application.ProfileDetails;
import org.citiverse.identity.application.ProfileService;
import org.citiverse.identity.application.SignInClaims;
import org.citiverse.shared.domain.Roles;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/**
 * Who is signed in, for the page shell, and signing out. The first page a person sees after
 * signing in starts their portal session: their profile is created if it is their first visit,
 * the sign-in is audited, and the provider's claims are kept for the session.
 */
@Named("user")
@RequestScoped
public class SignedInUser {

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageSelection language;

    @Inject
    SignedInSession session;

    @Inject
    IdentityProvider identityProvider;

    @Inject
    ProfileService profiles;

    @Inject
    AuditLog audit;

    /** The provider's name for the person, while their session starts. */
    private String pendingName;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The identity provider's stable subject: the key of everything kept about the person. */
    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The name the person chose to be addressed by. */
    public String getDisplayName() {
        return started() ? session.displayName() : null;
    }

    public boolean isCitizen() {
        return request.isUserInRole("citizen");
    }

    public boolean isStaff() {
        return request.isUserInRole("staff") || request.isUserInRole("admin");
    }

    public boolean isAdmin() {
        return request.isUserInRole("admin");
    }

    /** The profile, created on the first visit (see {@link ProfileService#profileOf}). */
    public ProfileDetails profile() {
        try {
            return profiles.profileOf(getName(), initialName(), language.getTag());
        } catch (RuntimeException firstVisitRace) {
            // Another request created the profile at the same moment; it exists now.
            return profiles.profileOf(getName(), initialName(), language.getTag());
        }
    }

    /** After the person renamed themselves. */
    void renamed(String displayName) {
        session.rename(displayName);
    }

    private boolean started() {
        String subject = getName();
        if (subject == null) {
            return false;
        }
        if (!session.isStartedFor(subject)) {
            SignInClaims claims = identityProvider.currentClaims();
            pendingName = claims.name();
            ProfileDetails profile = profile();
            session.start(subject, profile.displayName(), claims.idTokenHint());
            audit.record("identity.signed-in", "person", subject, rolesAndGroups(claims));
        }
        return true;
    }

    /** What the person may do, as the identity provider said at this sign-in: role changes show in the log. */
    private String rolesAndGroups(SignInClaims claims) {
        List<String> roles = Roles.ALL.stream().filter(request::isUserInRole).toList();
        return "roles " + (roles.isEmpty() ? "none" : String.join(", ", roles))
                + (claims.departments().isEmpty() ? "" : "; departments " + String.join(", ", claims.departments()));
    }

    private String initialName() {
        return pendingName != null ? pendingName : getName();
    }

    /**
     * Where "Sign in" leads: the account entry, in the portal's language, told to come back to the
     * page in view (the home page and error pages lead to the person's own area instead).
     */
    public String getSignInPath() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        boolean comeBack = !view.equals("/index.xhtml") && !view.startsWith("/error/") && !view.contains("sign-in");
        // ui_locales: the identity provider's pages follow the portal's language.
        return request.getContextPath() + "/account/?ui_locales=" + language.getTag()
                + (comeBack ? "&next=" + URLEncoder.encode(view, StandardCharsets.UTF_8) : "");
    }

    /**
     * Ends the session here and, when the city's identity provider signed the person in, there
     * too; the home page then says so, in the language in use.
     */
    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String languageInUse = language.getTag();
        String subject = getName();
        String hint = session.idTokenHint();
        if (subject != null) {
            audit.record("identity.signed-out", "person", subject, null);
        }
        request.logout();
        external.invalidateSession();
        String home = external.getRequestContextPath() + "/?signedOut=true&lang=" + languageInUse;
        external.redirect(identityProvider.signOutUrl(hint, home).orElse(home));
    }
}
