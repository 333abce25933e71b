package org.citiverse.device.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.citiverse.device.application.ActuationService;
import org.citiverse.device.application.ActuationView;
import org.citiverse.device.application.DeviceService;
import org.citiverse.device.application.DeviceView;
import org.citiverse.device.application.IngestionService;
import org.citiverse.device.application.NewClaimCode;
import org.citiverse.device.application.ReceivedMessage;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.shared.domain.RuleViolation;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * Staff: one device — its status, clock, firmware and twin, what it sent lately and what it was asked
 * to do — with a new credential or a household claim code (each shown once, on this page only) or
 * revocation for those who administer its twin. View-scoped, so a new secret or code survives the
 * postback that made it and nothing else.
 */
@Named("devicePage")
@ViewScoped
public class DevicePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 20;

    @Inject
    DeviceService devices;

    @Inject
    IngestionService ingestion;

    @Inject
    ActuationService actuations;

    @Inject
    PageMessages messages;

    private String id;
    private DeviceView device;
    private List<ReceivedMessage> reports = List.of();
    private List<ActuationView> commands = List.of();
    private String newSecret;
    private NewClaimCode newClaimCode;
    private boolean administers;

    /** View action: the device, or 404. */
    public void load() {
        if (device != null) {
            return; // a postback: already loaded
        }
        device = devices.find(id).orElse(null);
        if (device == null) {
            messages.notFound();
            return;
        }
        administers = devices.administers(id);
        reports = ingestion.recentOf(id, SHOWN);
        commands = actuations.recentFor(id, SHOWN);
    }

    /** A new credential; the old one stops working at once. The secret is shown once, here. */
    public String rotate() {
        try {
            newSecret = devices.rotate(id).secret();
            device = devices.get(id);
            messages.notice("device.rotated");
        } catch (RuleViolation refused) {
            // the device's refusal, or the twin's when the person no longer administers it
            messages.error(null, "device.refused");
        }
        return null;
    }

    /** A one-time code a household takes the device into its home with; an earlier open code stops working. */
    public String issueClaimCode() {
        try {
            newClaimCode = devices.issueClaimCode(id);
            messages.notice("device.claimCode.issued");
        } catch (DeviceException e) {
            boolean claimed = e.reason() == DeviceException.Reason.ALREADY_CLAIMED;
            messages.error(null, claimed ? e.messageKey() : "device.refused");
        } catch (RuleViolation refused) {
            messages.error(null, "device.refused"); // the twin's: no longer administered by this person
        }
        return null;
    }

    public String revoke() {
        try {
            devices.revoke(id);
            return messages.doneThenGo("/staff/device.xhtml?id=" + id, "device.revoked");
        } catch (RuleViolation refused) {
            messages.error(null, "device.refused");
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DeviceView getDevice() {
        return device;
    }

    public List<ReceivedMessage> getReports() {
        return reports;
    }

    public List<ActuationView> getCommands() {
        return commands;
    }

    public boolean isAdministers() {
        return administers;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public NewClaimCode getNewClaimCode() {
        return newClaimCode;
    }
}
