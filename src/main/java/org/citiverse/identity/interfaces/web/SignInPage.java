package org.citiverse.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/**
 * The sign-in pages. The server's form login reports a failure only by showing the error page;
 * turning it into a field message lets the page use the same error summary as every form.
 */
@Named
@RequestScoped
public class SignInPage {

    /** The id of the user-name field of the sign-in form (sign-in-form.xhtml). */
    private static final String USERNAME_FIELD = "j_username";

    @Inject
    LanguageSelection language;

    public void reportFailure() {
        FacesContext.getCurrentInstance().addMessage(USERNAME_FIELD,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text("signIn.failed"), null));
    }
}
