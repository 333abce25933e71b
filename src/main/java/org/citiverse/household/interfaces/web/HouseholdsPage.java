package org.citiverse.household.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.citiverse.household.application.HouseholdService;
import org.citiverse.household.application.HouseholdView;
import org.citiverse.household.domain.HouseholdException;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.PageMessages;

/** "My home": the households the citizen belongs to, and setting one up. */
@Named
@ViewScoped
public class HouseholdsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HouseholdService households;

    @Inject
    CurrentSubject subject;

    @Inject
    PageMessages messages;

    private List<HouseholdView> mine;
    private String name;

    @PostConstruct
    void load() {
        mine = households.householdsOf(subject.get());
    }

    public String create() {
        try {
            HouseholdView created = households.create(subject.get(), name);
            return messages.doneThenGo("/citizen/household/view.xhtml?id=" + created.id(), "household.created",
                    created.name());
        } catch (HouseholdException e) {
            messages.error("name", e.messageKey());
            return null;
        }
    }

    public List<HouseholdView> getMine() {
        return mine;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
