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
import org.citiverse.shared.interfaces.web.PageMessages;

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
    PageMessages messages;

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
            codeRefused(e);
        }
    }

    public String accept() {
        try {
            HouseholdView joined = households.accept(subject.get(), code.strip());
            return messages.doneThenGo("/citizen/household/view.xhtml?id=" + joined.id(), "household.joined",
                    joined.name());
        } catch (HouseholdException e) {
            codeRefused(e);
            preview = null;
            return null;
        } catch (jakarta.transaction.TransactionalException answeredAtTheSameMoment) {
            // Someone else (or another tab) used the code in the same instant: it is answered.
            messages.error("code", "household.error.invitation-answered");
            preview = null;
            return null;
        }
    }

    public String decline() {
        try {
            households.decline(subject.get(), code.strip());
            return messages.doneThenGo("/citizen/household/index.xhtml", "household.declined");
        } catch (HouseholdException e) {
            codeRefused(e);
            preview = null;
            return null;
        }
    }

    /** A code that does not work, as an error on the code field (a wrong code is not a 404). */
    private void codeRefused(HouseholdException e) {
        messages.error("code", e.reason() == HouseholdException.Reason.NOT_FOUND ? "household.error.code-unknown"
                : e.messageKey());
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
