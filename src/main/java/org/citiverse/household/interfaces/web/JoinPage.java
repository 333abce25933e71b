package org.citiverse.household.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.citiverse.household.application.HouseholdService;
import org.citiverse.household.application.HouseholdView;
import org.citiverse.household.application.InvitationPreview;
import org.citiverse.household.domain.HouseholdException;
import org.citiverse.shared.interfaces.web.CurrentSubject;

/**
 * Answering an invitation: with a code (from the link or typed in) the citizen sees whose home
 * it is and accepts or declines. A wrong, used or expired code is said plainly, on the page.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HouseholdService households;

    @Inject
    CurrentSubject subject;

    @Inject
    HouseholdMessages messages;

    private String code;
    private InvitationPreview preview;

    /** View action: shows the invitation the code belongs to. */
    public void load() {
        if (preview != null || code == null || code.isBlank()) {
            return;
        }
        try {
            preview = households.preview(code.strip());
        } catch (HouseholdException e) {
            messages.codeRefused("code", e);
        }
    }

    public String accept() {
        try {
            HouseholdView joined = households.accept(subject.get(), code.strip());
            return messages.done("household.joined", "/citizen/household/view.xhtml?id=" + joined.id(),
                    joined.name());
        } catch (HouseholdException e) {
            messages.codeRefused("code", e);
            preview = null;
            return null;
        }
    }

    public String decline() {
        try {
            households.decline(subject.get(), code.strip());
            return messages.done("household.declined", "/citizen/household/index.xhtml");
        } catch (HouseholdException e) {
            messages.codeRefused("code", e);
            preview = null;
            return null;
        }
    }

    public InvitationPreview getPreview() {
        return preview;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
