package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.device.domain.ClaimAttempts;
import org.citiverse.device.domain.ClaimCode;
import org.citiverse.device.domain.ClaimCodes;
import org.citiverse.device.domain.ClaimFailure;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.device.domain.DeviceException.Reason;
import org.citiverse.device.domain.DeviceRegistry;
import org.citiverse.device.domain.InvalidDescriptionException;
import org.citiverse.device.domain.ThingDescription;
import org.citiverse.household.application.HouseholdService;
import org.citiverse.household.application.HouseholdView;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.application.TwinView;

/**
 * A household's own devices (self-registration, FGMV-31 device access): a member claims a registered
 * device with its one-time code, and the device gets a twin in the household's home (or keeps its
 * own) that the household may operate (REQ-DT-05, as household:&lt;id&gt;); a member lets it go again.
 * Only the household's members see or change its devices. Every claim and unclaim is audited.
 */
@ApplicationScoped
public class HouseholdDevices {

    @Inject
    DeviceRegistry devices;

    @Inject
    ClaimCodes claimCodes;

    @Inject
    HouseholdService households;

    @Inject
    TwinService twins;

    @Inject
    ReadingsTarget twinSide;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** One of the person's households. */
    @Transactional
    public HouseholdView household(String subject, UUID householdId) {
        return households.householdsOf(subject).stream().filter(h -> h.id().equals(householdId)).findFirst()
                .orElseThrow(() -> new DeviceException(Reason.HOUSEHOLD_NOT_FOUND));
    }

    /** The household's devices, by name. */
    @Transactional
    public List<HouseholdDevice> list(String subject, UUID householdId) {
        household(subject, householdId);
        return devices.claimedBy(householdId).stream().map(HouseholdDevice::of).toList();
    }

    /**
     * Takes the device whose claim code this is into the household. A code that is unknown, used or
     * expired counts as a wrong attempt; after {@link ClaimAttempts#MAX_FAILED} within the
     * hour the household must wait. Those attempts are kept even though the claim fails.
     */
    // Every check comes before any change, so a refusal commits only the wrong attempt it counts.
    @Transactional(dontRollbackOn = DeviceException.class)
    public HouseholdDevice claim(String subject, UUID householdId, String typedCode) {
        household(subject, householdId);
        Instant now = clock.instant();
        Instant windowStart = now.minus(ClaimAttempts.WINDOW);
        if (ClaimAttempts.tooMany(claimCodes.failuresSince(householdId, windowStart))) {
            throw new DeviceException(Reason.TOO_MANY_CLAIM_ATTEMPTS);
        }
        ClaimCode code = ClaimCode.normalise(typedCode).flatMap(c -> claimCodes.byHash(ClaimCode.hash(c)))
                .orElseThrow(() -> failed(householdId, now, windowStart, new DeviceException(Reason.CLAIM_CODE_UNKNOWN)));
        try {
            code.requireUsable(now);
        } catch (DeviceException unusable) {
            throw failed(householdId, now, windowStart, unusable);
        }
        Device device = devices.findLocked(code.deviceId()).orElseThrow();
        if (device.claimed()) {
            throw new DeviceException(Reason.ALREADY_CLAIMED);
        }
        // The household's member proved the code: the platform links the twins on their behalf.
        TwinCaller platform = TwinCaller.platform(subject);
        boolean twinCreated = device.twinId() == null;
        if (twinCreated) {
            Optional<ThingDescription> description = device.description();
            TwinView twin = twins.addDeviceTwin(platform, "household:" + householdId, device.profile(),
                    device.name(), description.map(ThingDescription::twoWay).orElse(false));
            device.linkTo(twin.id());
            twins.grant(platform, twin.id(), "device:" + device.id(), "OPERATE");
            description.ifPresent(d -> twinSide.describe(device.id(), twin.id(), d, false).ifPresent(reason -> {
                throw new InvalidDescriptionException("the device's new twin cannot take its description: " + reason);
            }));
        }
        TwinView.Grant grant = twins.grant(platform, device.twinId(), "household:" + householdId, "OPERATE");
        code.use(householdId, now);
        device.claim(householdId, grant.id(), twinCreated, now);
        audit.record("device.claimed", "device", device.id(), "household " + householdId + "; twin "
                + device.twinId() + (twinCreated ? " (new)" : ""));
        return HouseholdDevice.of(device);
    }

    /**
     * The household lets the device go: its grant goes, and so does the twin its claim made (with
     * that twin's history). The device keeps its credential and can be claimed again with a new code.
     */
    @Transactional
    public void unclaim(String subject, UUID householdId, String deviceId) {
        household(subject, householdId);
        Device device = devices.findLocked(deviceId == null ? "" : deviceId)
                .filter(d -> householdId.equals(d.householdId()))
                .orElseThrow(() -> new DeviceException(Reason.HOUSEHOLD_NOT_FOUND));
        TwinCaller platform = TwinCaller.platform(subject);
        String twinId = device.twinId();
        if (twinId != null && device.claimTwinCreated()) {
            twins.delete(platform, twinId);
            device.unlink();
        } else if (twinId != null && twins.grants(platform, twinId).stream()
                .anyMatch(g -> g.id().equals(device.claimGrantId()))) {
            twins.revoke(platform, twinId, device.claimGrantId());
        }
        device.unclaim();
        audit.record("device.unclaimed", "device", device.id(), "household " + householdId);
    }

    private DeviceException failed(UUID householdId, Instant now, Instant windowStart, DeviceException reason) {
        claimCodes.forgetFailuresBefore(windowStart);
        claimCodes.add(new ClaimFailure(householdId, now));
        return reason;
    }
}
