package org.citiverse.household.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.citiverse.household.application.HouseholdService;
import org.citiverse.household.application.HouseholdView;
import org.citiverse.household.application.NewInvitation;
import org.citiverse.household.domain.HouseholdException;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * One household: its members, inviting (the new code is shown once, right after), withdrawing
 * invitations, removing members and leaving. A household the person does not belong to is a 404.
 */
@Named
@ViewScoped
public class HouseholdPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Flash key of the invitation just made: its code is shown on the next page only. */
    static final String NEW_INVITATION = "household.newInvitation";

    @Inject
    HouseholdService households;

    @Inject
    CurrentSubject subject;

    @Inject
    PageMessages messages;

    private String id;
    private HouseholdView household;
    private String note;

    /** View action: loads the household or answers 404. */
    public void load() {
        if (household != null) {
            return; // a postback of the same view
        }
        try {
            household = households.household(subject.get(), UUID.fromString(id == null ? "" : id));
        } catch (IllegalArgumentException | HouseholdException notThere) {
            messages.notFound();
        }
    }

    public String invite() {
        try {
            NewInvitation invitation = households.invite(subject.get(), household.id(), note);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(NEW_INVITATION, invitation);
            return messages.doneThenGo(self(), "household.invited");
        } catch (HouseholdException e) {
            refused(e);
            return null;
        }
    }

    public String withdraw(UUID invitationId) {
        try {
            households.withdraw(subject.get(), invitationId);
            return messages.doneThenGo(self(), "household.withdrawn");
        } catch (HouseholdException e) {
            refused(e);
            return null;
        }
    }

    public String remove(String memberSubject, String displayName) {
        try {
            households.removeMember(subject.get(), household.id(), memberSubject);
            return messages.doneThenGo(self(), "household.removed", displayName);
        } catch (HouseholdException e) {
            refused(e);
            return null;
        }
    }

    public String leave() {
        try {
            households.leave(subject.get(), household.id());
            return messages.doneThenGo("/citizen/household/index.xhtml", "household.left", household.name());
        } catch (HouseholdException e) {
            refused(e);
            return null;
        }
    }

    /** The invitation made just before this page, if any. */
    public NewInvitation getNewInvitation() {
        return (NewInvitation) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(NEW_INVITATION);
    }

    /** The address to send to the person invited. */
    public String joinLink(String code) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath()
                + "/citizen/household/join.xhtml?code=" + code;
    }

    /** A broken rule as a page error; a household the person is not in is a 404, so nothing leaks. */
    private void refused(HouseholdException e) {
        if (e.reason() == HouseholdException.Reason.NOT_FOUND) {
            messages.notFound();
        } else {
            messages.error(null, e.messageKey());
        }
    }

    private String self() {
        return "/citizen/household/view.xhtml?id=" + household.id();
    }

    public HouseholdView getHousehold() {
        return household;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
