package org.citiverse.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Where "Sign in" leads: a protected address, so the server first sends the person to the
 * identity provider, then here, and this page sends them on to the page they came from or to
 * their own area. Only paths inside the portal are followed, so a crafted link cannot use the
 * sign-in to send someone to another site.
 */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    SignedInUser user;

    private String next;

    public void enter() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target = isLocalPath(next) ? next : user.isStaff() ? "/staff/" : user.isCitizen() ? "/citizen/" : "/";
        external.redirect(external.getRequestContextPath() + target);
    }

    /**
     * A path on this site: one leading slash, no scheme, no second slash or backslash that a
     * browser would read as another host ("//evil.example", "/\evil.example"), no control characters.
     */
    static boolean isLocalPath(String path) {
        if (path == null || path.length() > 512 || !path.startsWith("/") || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return !path.startsWith("/account/");
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
