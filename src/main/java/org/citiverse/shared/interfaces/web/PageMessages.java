package org.citiverse.shared.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;

/**
 * How pages tell people what happened, in the accessible pattern of cv:errorSummary and
 * cv:notices: errors on a field (or the page), notices that survive the redirect after an action,
 * and a real 404 for what someone may not see.
 */
@ApplicationScoped
public class PageMessages {

    @Inject
    LanguageSelection language;

    /** An error from the bundles on a field (its client id), or on the page when field is null. */
    public void error(String field, String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, params), null));
    }

    /** A notice on this very response (the page stays, say to show something once). */
    public void notice(String key, Object... params) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, params), null));
    }

    /**
     * A notice shown on the page an action redirects to (post-redirect-get); returns that
     * navigation outcome.
     */
    public String doneThenGo(String outcome, String key, Object... params) {
        String token = RedirectedNotices.keep(FacesContext.getCurrentInstance(), text(key, params));
        return outcome + (outcome.contains("?") ? "&" : "?") + RedirectedNotices.PARAMETER + "=" + token
                + "&faces-redirect=true";
    }

    /**
     * A number typed into a field (such as a latitude in a search), or null: blank gives null
     * quietly, anything else that is not a finite number gives null and the error {@code key} on the field.
     */
    public Double number(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(field, key);
        return null;
    }

    /** Ends the request with the 404 page: what does not exist and what someone may not see look the same. */
    public void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A text from the bundles in the person's language, its {0}… filled in. */
    public String text(String key, Object... params) {
        String pattern = language.text(key);
        return params.length == 0 ? pattern : MessageFormat.format(pattern, params);
    }
}
