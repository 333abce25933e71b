package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceCredentials;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.device.domain.DeviceRegistry;
import org.citiverse.device.domain.DeviceStatus;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Device access (FGMV-31 CommR-ReqR-1): staff register devices, link each to the twin it reports
 * for, and create, rotate and revoke its credential. Linking needs administration of the twin
 * (REQ-DT-05): the device then holds an operate grant on it, under the principal device:&lt;id&gt;.
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

    Clock clock = Clock.systemUTC();

    /** Registers a device and issues its first credential. */
    @Transactional
    public IssuedCredential register(String registeredBy, String deviceId, String name, String profile,
                                     String twinId) {
        return register(callers.current(), registeredBy, deviceId, name, profile, twinId);
    }

    /** Registers a device for the given caller (who must administer the twin), not the request's. */
    @Transactional
    public IssuedCredential register(TwinCaller caller, String registeredBy, String deviceId, String name,
                                     String profile, String twinId) {
        DeviceCredentials credentials = new DeviceCredentials(serverSecret);
        Device device = new Device(deviceId, name, profile, twinId, registeredBy, clock.instant());
        if (devices.find(deviceId).isPresent()) {
            throw new DeviceException(DeviceException.Reason.ID_TAKEN);
        }
        if (twinId != null) {
            twins.grant(caller, twinId, "device:" + deviceId, "OPERATE");
        }
        devices.add(device);
        audit.record("device.registered", "device", deviceId, "profile " + profile
                + (twinId == null ? "" : "; twin " + twinId));
        return new IssuedCredential(deviceId, device.credentialVersion(),
                credentials.secretOf(deviceId, device.credentialVersion()));
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
    public List<DeviceView> list(DeviceStatus status, int offset, int limit) {
        return devices.list(status, offset, limit).stream().map(this::view).toList();
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
    private Device administered(TwinCaller caller, String deviceId) {
        Device device = existing(deviceId);
        if (device.twinId() != null) {
            twins.requireAdministration(caller, device.twinId());
        } else if (!caller.cityAdministrator()) {
            throw new DeviceException(DeviceException.Reason.FORBIDDEN);
        }
        return device;
    }

    private Device existing(String deviceId) {
        return devices.find(deviceId == null ? "" : deviceId)
                .orElseThrow(() -> new DeviceException(DeviceException.Reason.NOT_FOUND));
    }

    private DeviceView view(Device d) {
        return new DeviceView(d.id(), d.name(), d.profile(), d.twinId(), d.status(), d.credentialVersion(),
                d.registeredAt(), d.lastSeenAt(), d.online(clock.instant(), Duration.ofSeconds(onlineWindowSeconds)),
                d.clockOffsetMs(), d.clockDrifting(Duration.ofSeconds(clockDriftSeconds)));
    }
}
