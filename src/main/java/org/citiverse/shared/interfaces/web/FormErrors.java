package org.citiverse.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Validation errors of the current request in the shape the accessible form pattern needs:
 * a summary at the top linking to each field, and per-field state for aria attributes.
 * Field ids are client ids: forms using the field tags set {@code prependId="false"}.
 */
@Named("formErrors")
@RequestScoped
public class FormErrors {

    /** One field's first error, for the summary. */
    public record FieldError(String fieldId, String message) {
    }

    public List<FieldError> getFieldErrors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext();) {
            String id = ids.next();
            if (id != null) {
                faces.getMessageList(id).stream().findFirst()
                        .ifPresent(m -> errors.add(new FieldError(id, m.getSummary())));
            }
        }
        return errors;
    }

    /** Errors about the whole page (e.g. "this invitation has expired"), not tied to a field. */
    public List<String> getPageErrors() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .filter(m -> m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal())
                .map(FacesMessage::getSummary).toList();
    }

    /** Messages for the whole page (e.g. "saved"), not tied to a field. */
    public List<String> getNotices() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .filter(m -> m.getSeverity().getOrdinal() < FacesMessage.SEVERITY_ERROR.getOrdinal())
                .map(FacesMessage::getSummary).toList();
    }

    public boolean isPresent() {
        FacesMessage.Severity max = FacesContext.getCurrentInstance().getMaximumSeverity();
        return max != null && max.getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
    }

    public boolean invalid(String fieldId) {
        return !FacesContext.getCurrentInstance().getMessageList(fieldId).isEmpty();
    }

    public String error(String fieldId) {
        return FacesContext.getCurrentInstance().getMessageList(fieldId).stream().findFirst()
                .map(FacesMessage::getSummary).orElse(null);
    }

    /** The ids a field is described by (its hint, its error), or null for none. */
    public String describedBy(String fieldId, String hint) {
        List<String> ids = new ArrayList<>();
        if (hint != null && !hint.isBlank()) {
            ids.add(fieldId + "-hint");
        }
        if (invalid(fieldId)) {
            ids.add(fieldId + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }
}
