package org.citiverse.household.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import org.citiverse.household.domain.HouseholdException;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/** How the household pages tell people what happened: errors in the summary, notices after a redirect. */
@ApplicationScoped
class HouseholdMessages {

    @Inject
    LanguageSelection language;

    /** A broken rule as a page error; "not found" becomes a real 404 so nothing leaks. */
    void refused(HouseholdException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e.reason() == HouseholdException.Reason.NOT_FOUND) {
            notFound();
            return;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                language.text("household.error." + e.reason().code()), null));
    }

    /** A code that does not work, as an error on the code field (a wrong code is not a 404). */
    void codeRefused(String field, HouseholdException e) {
        String reason = e.reason() == HouseholdException.Reason.NOT_FOUND ? "code-unknown" : e.reason().code();
        FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                language.text("household.error." + reason), null));
    }

    void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A notice shown on the page the action redirects to (post-redirect-get). */
    String done(String key, String outcome, Object... params) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = java.text.MessageFormat.format(language.text(key), params);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}
