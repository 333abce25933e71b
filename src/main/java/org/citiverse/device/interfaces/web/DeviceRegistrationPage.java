package org.citiverse.device.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.citiverse.device.application.DeviceService;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.device.domain.InvalidDescriptionException;
import org.citiverse.shared.domain.RuleViolation;
import org.citiverse.shared.interfaces.web.CurrentSubject;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * Staff: register a device (FGMV-31 device access) with a built-in profile, the twin it reports for
 * and, for a device a household will take into its home, a claim code. The secret and the code are
 * on the answer to the registration only: request-scoped, so nothing keeps them after it (a refused
 * registration keeps what was typed, as Faces re-shows submitted values).
 */
@Named("deviceRegistrationPage")
@RequestScoped
public class DeviceRegistrationPage {

    private static final String ID_FIELD = "deviceId";
    private static final String NAME_FIELD = "deviceName";
    private static final String PROFILE_FIELD = "profile";
    private static final String TWIN_FIELD = "twin";
    private static final String YES = "yes";

    @Inject
    DeviceService devices;

    @Inject
    CurrentSubject subject;

    @Inject
    PageMessages messages;

    private String deviceId;
    private String name;
    private String profile;
    private String twin;
    private String claimCode;
    private DeviceService.Registration registration;

    public String register() {
        try {
            registration = devices.register(subject.get(), deviceId, name, profile,
                    twin == null || twin.isBlank() ? null : twin.strip(), YES.equals(claimCode));
            messages.notice("deviceNew.registered", registration.credential().deviceId());
        } catch (DeviceException e) {
            refused(e);
        } catch (InvalidDescriptionException e) {
            messages.error(TWIN_FIELD, "deviceNew.twin.cannotTake");
        } catch (RuleViolation e) {
            // The twin's own rules: no such twin, or one the person may not administer.
            messages.error(TWIN_FIELD, "deviceNew.twin.refused");
        }
        return null;
    }

    /** The broken rule on the field it is about, so the error summary links there. */
    private void refused(DeviceException e) {
        switch (e.reason()) {
            case ID_INVALID -> messages.error(ID_FIELD, "deviceNew.id.invalid");
            case ID_TAKEN -> messages.error(ID_FIELD, "deviceNew.id.taken");
            case NAME_INVALID -> messages.error(NAME_FIELD, "deviceNew.name.invalid");
            case PROFILE_INVALID -> messages.error(PROFILE_FIELD, "deviceNew.profile.unknown");
            case CREDENTIALS_NOT_CONFIGURED -> messages.error(null, "deviceNew.notConfigured");
            default -> messages.error(null, "device.refused");
        }
    }

    /** The built-in profiles, in name order: a device registered here is always described by one. */
    public List<String> getProfiles() {
        return List.copyOf(devices.profiles().keySet());
    }

    public List<String> getClaimChoices() {
        return List.of(YES, "no");
    }

    /** What was registered, with its secret and claim code: on this response only. */
    public DeviceService.Registration getRegistration() {
        return registration;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getTwin() {
        return twin;
    }

    public void setTwin(String twin) {
        this.twin = twin;
    }

    public String getClaimCode() {
        return claimCode;
    }

    public void setClaimCode(String claimCode) {
        this.claimCode = claimCode;
    }
}
