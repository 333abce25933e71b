package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.device.domain.ClaimCode;
import org.citiverse.device.domain.ClaimCodes;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceCredentials;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.device.domain.DeviceProfiles;
import org.citiverse.device.domain.DeviceRegistry;
import org.citiverse.device.domain.DeviceStatus;
import org.citiverse.device.domain.InvalidDescriptionException;
import org.citiverse.device.domain.ThingDescription;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Device access (FGMV-31 CommR-ReqR-1): staff register devices, link each to the twin it reports
 * for, and create, rotate and revoke its credential. Linking needs administration of the twin
 * (REQ-DT-05): the device then holds an operate grant on it, under the principal device:&lt;id&gt;.
 * A device's description (its built-in profile, or a Thing Description given for it, IR-RecR-2)
 * shapes its twin; a one-time claim code lets a household take a device into its home.
 */
@ApplicationScoped
public class DeviceService {

    @Inject
    DeviceRegistry devices;

    @Inject
    AuditLog audit;

    @Inject
    TwinService twins;

    @Inject
    TwinCallers callers;

    /** The server's secret every device credential is derived from (never stored with the devices). */
    @Inject
    @ConfigProperty(name = "device.credentials.secret", defaultValue = "")
    String serverSecret;

    /** A device seen within this many seconds is online. */
    @Inject
    @ConfigProperty(name = "device.online.window", defaultValue = "900")
    long onlineWindowSeconds;

    /** A device whose clock is further off than this many seconds is flagged. */
    @Inject
    @ConfigProperty(name = "device.clock.drift.seconds", defaultValue = "30")
    long clockDriftSeconds;

    /** How long a claim code works. */
    @Inject
    @ConfigProperty(name = "device.claim.days", defaultValue = "7")
    int claimDays;

    @Inject
    ClaimCodes claimCodes;

    @Inject
    ReadingsTarget twinSide;

    Clock clock = Clock.systemUTC();

    /**
     * Registers a device and issues its first credential (and, when asked, a claim code). A device of
     * a built-in profile linked to a twin gives the twin the profile's properties and actions it lacks.
     */
    @Transactional
    public Registration register(String registeredBy, String deviceId, String name, String profile,
                                 String twinId, boolean withClaimCode) {
        return register(callers.current(), registeredBy, deviceId, name, profile, twinId, withClaimCode);
    }

    /** Registers a device for the given caller (who must administer the twin), not the request's. */
    @Transactional
    public Registration register(TwinCaller caller, String registeredBy, String deviceId, String name,
                                 String profile, String twinId, boolean withClaimCode) {
        DeviceCredentials credentials = new DeviceCredentials(serverSecret);
        Device device = new Device(deviceId, name, profile, twinId, registeredBy, clock.instant());
        if (devices.find(deviceId).isPresent()) {
            throw new DeviceException(DeviceException.Reason.ID_TAKEN);
        }
        if (twinId != null) {
            twins.grant(caller, twinId, "device:" + deviceId, "OPERATE");
        }
        devices.add(device);
        if (twinId != null) {
            DeviceProfiles.find(profile).ifPresent(p -> shape(device, p, false));
        }
        audit.record("device.registered", "device", deviceId, "profile " + profile
                + (twinId == null ? "" : "; twin " + twinId));
        return new Registration(new IssuedCredential(deviceId, device.credentialVersion(),
                credentials.secretOf(deviceId, device.credentialVersion())),
                withClaimCode ? issue(device, registeredBy) : null);
    }

    /** A new credential and, when asked, the device's claim code: each shown once. */
    public record Registration(IssuedCredential credential, NewClaimCode claimCode) {
    }

    /**
     * A one-time code for a household to claim the device with (any earlier open code stops
     * working). Whoever may administer the device, as for a new credential; not for a device a
     * household has claimed already.
     */
    @Transactional
    public NewClaimCode issueClaimCode(String deviceId) {
        Device device = administered(callers.current(), deviceId);
        return issue(device, callers.current().subject());
    }

    private NewClaimCode issue(Device device, String issuedBy) {
        Instant now = clock.instant();
        ClaimCode.Issued issued = ClaimCode.issue(device, issuedBy, now, Duration.ofDays(claimDays));
        claimCodes.openFor(device.id(), now).forEach(earlier -> earlier.replace(now));
        claimCodes.add(issued.claimCode());
        audit.record("device.claim-code-issued", "device", device.id(),
                "valid until " + issued.claimCode().expiresAt());
        return new NewClaimCode(device.id(), issued.code(), issued.claimCode().expiresAt());
    }

    /**
     * A Thing Description given for the device (one that cannot send its own): its twin takes it as
     * the device's own, then the device keeps it. The same people may as for a new credential.
     *
     * @return the description as kept
     * @throws InvalidDescriptionException when it is not one the platform takes, or the twin cannot take it
     */
    @Transactional
    public JsonObject describe(String deviceId, String thingDescription) {
        Device device = existing(deviceId);
        if (device.twinId() == null) {
            throw new DeviceException(DeviceException.Reason.NO_TWIN);
        }
        requireAdministration(callers.current(), device);
        ThingDescription description = ThingDescription.parse(thingDescription);
        shape(device, description, true);
        device.describe(description, clock.instant());
        audit.record("device.described", "device", deviceId, description.properties().size() + " properties, "
                + description.actions().size() + " actions, " + description.events().size() + " events");
        return description.toJson();
    }

    /** What describes the device: its own description, else its built-in profile's. */
    @Transactional
    public JsonObject description(String deviceId) {
        return existing(deviceId).description().map(ThingDescription::toJson)
                .orElseThrow(() -> new DeviceException(DeviceException.Reason.NO_DESCRIPTION));
    }

    /** The built-in profiles by name, each a Thing Description. */
    public Map<String, JsonObject> profiles() {
        Map<String, JsonObject> all = new LinkedHashMap<>();
        DeviceProfiles.all().forEach((name, td) -> all.put(name, td.toJson()));
        return all;
    }

    /** The device's twin takes a description as the device's (all of it, or the whole change fails). */
    private void shape(Device device, ThingDescription description, boolean authoritative) {
        twinSide.describe(device.id(), device.twinId(), description, authoritative).ifPresent(reason -> {
            throw new InvalidDescriptionException("the device's twin cannot take it: " + reason);
        });
    }

    /** A deleted twin's devices stay registered but report for no twin (their reports are journaled only). */
    void onTwinDeleted(@jakarta.enterprise.event.Observes org.citiverse.twin.application.TwinEvents.TwinDeleted deleted) {
        devices.unlinkFrom(deleted.twinId());
    }

    /**
     * A new credential; the old one stops working at once. Whoever may have a device's secret may
     * speak for it: only those who administer its twin (city administrators for a device without one).
     */
    @Transactional
    public IssuedCredential rotate(String deviceId) {
        return rotate(callers.current(), deviceId);
    }

    /** A new credential, for the given caller rather than the request's. */
    @Transactional
    public IssuedCredential rotate(TwinCaller caller, String deviceId) {
        DeviceCredentials credentials = new DeviceCredentials(serverSecret);
        Device device = administered(caller, deviceId);
        device.rotateCredential();
        audit.record("device.credential-rotated", "device", deviceId, "version " + device.credentialVersion());
        return new IssuedCredential(deviceId, device.credentialVersion(),
                credentials.secretOf(deviceId, device.credentialVersion()));
    }

    /** The device's messages are refused from now on. */
    @Transactional
    public void revoke(String deviceId) {
        Device device = administered(callers.current(), deviceId);
        device.revoke();
        audit.record("device.revoked", "device", deviceId, "credential version " + device.credentialVersion());
    }

    @Transactional
    public DeviceView get(String deviceId) {
        return view(existing(deviceId));
    }

    @Transactional
    public java.util.Optional<DeviceView> find(String deviceId) {
        return devices.find(deviceId == null ? "" : deviceId).map(this::view);
    }

    @Transactional
    /** Devices by id; status, profile and silence (not seen for that long, or never) filter when given. */
    public List<DeviceView> list(DeviceStatus status, String profile, Duration silentFor, int offset, int limit) {
        return devices.list(status, profile, silentFor == null ? null : clock.instant().minus(silentFor), offset, limit)
                .stream().map(this::view).toList();
    }

    /** The fleet at a glance: active devices online and offline, and revoked ones. */
    @Transactional
    public Fleet fleet() {
        long active = devices.count(DeviceStatus.ACTIVE);
        long online = devices.activeSeenSince(clock.instant().minusSeconds(onlineWindowSeconds));
        return new Fleet(online, active - online, devices.count(DeviceStatus.REVOKED));
    }

    /** Counts of the fleet. */
    public record Fleet(long online, long offline, long revoked) {
    }

    /** The device, if the caller administers its twin (or the city); otherwise the twin's refusal. */
    /** Whether the request's caller may rotate or revoke the device's credential (as {@link #rotate}). */
    @Transactional
    public boolean administers(String deviceId) {
        Device device = existing(deviceId);
        TwinCaller caller = callers.current();
        return device.twinId() == null ? caller.cityAdministrator() : twins.administers(caller, device.twinId());
    }

    private Device administered(TwinCaller caller, String deviceId) {
        Device device = existing(deviceId);
        requireAdministration(caller, device);
        return device;
    }

    private void requireAdministration(TwinCaller caller, Device device) {
        if (device.twinId() != null) {
            twins.requireAdministration(caller, device.twinId());
        } else if (!caller.cityAdministrator()) {
            throw new DeviceException(DeviceException.Reason.FORBIDDEN);
        }
    }

    private Device existing(String deviceId) {
        return devices.find(deviceId == null ? "" : deviceId)
                .orElseThrow(() -> new DeviceException(DeviceException.Reason.NOT_FOUND));
    }

    private DeviceView view(Device d) {
        return new DeviceView(d.id(), d.name(), d.profile(), d.twinId(), d.status(), d.credentialVersion(),
                d.registeredAt(), d.lastSeenAt(), d.online(clock.instant(), Duration.ofSeconds(onlineWindowSeconds)),
                d.clockOffsetMs(), d.clockDrifting(Duration.ofSeconds(clockDriftSeconds)), d.describedAt(), d.claimed(),
                d.firmware());
    }
}
