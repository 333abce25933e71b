package org.citiverse.device.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.citiverse.device.application.HouseholdDevice;
import org.citiverse.device.application.HouseholdDevices;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.device.domain.DeviceProfiles;
import org.citiverse.household.application.HouseholdView;
import org.citiverse.shared.domain.RuleViolation;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * A household's devices for its members: the devices it claimed, adding one with the claim code
 * that came with it, and letting one go. A household the person is not in is a 404.
 */
@Named
@ViewScoped
public class HouseholdDevicesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CODE_FIELD = "claimCode";

    @Inject
    HouseholdDevices devices;

    @Inject
    CurrentSubject subject;

    @Inject
    PageMessages messages;

    @Inject
    LanguageSelection language;

    private String id;
    private HouseholdView household;
    private List<HouseholdDevice> rows;
    private String claimCode;

    /** View action: loads the household and its devices, or answers 404. */
    public void load() {
        if (household != null) {
            return; // a postback of the same view
        }
        try {
            household = devices.household(subject.get(), UUID.fromString(id == null ? "" : id));
            rows = devices.list(subject.get(), household.id());
        } catch (IllegalArgumentException | DeviceException notThere) {
            messages.notFound();
        }
    }

    public String claim() {
        try {
            HouseholdDevice claimed = devices.claim(subject.get(), household.id(), claimCode);
            return messages.doneThenGo(self(), "householdDevices.claimed", claimed.name());
        } catch (DeviceException e) {
            messages.error(CODE_FIELD, e.messageKey());
            return null;
        }
    }

    public String remove(String deviceId, String name) {
        try {
            devices.unclaim(subject.get(), household.id(), deviceId);
            return messages.doneThenGo(self(), "householdDevices.removed", name);
        } catch (RuleViolation e) {
            messages.error(null, e.messageKey());
            return null;
        }
    }

    /** What kind of device: a built-in profile in the person's language, any other label as it is. */
    public String kind(String profile) {
        return DeviceProfiles.find(profile).isPresent() ? language.text("device.profile." + profile) : profile;
    }

    private String self() {
        return "/citizen/household/devices.xhtml?id=" + household.id();
    }

    public HouseholdView getHousehold() {
        return household;
    }

    public List<HouseholdDevice> getRows() {
        return rows;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getClaimCode() {
        return claimCode;
    }

    public void setClaimCode(String claimCode) {
        this.claimCode = claimCode;
    }
}
