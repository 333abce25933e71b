package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.device.domain.Actuation;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceCommandChannel;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.device.domain.DeviceRegistry;
import org.citiverse.device.domain.InvalidDeviceMessageException;
import org.citiverse.device.domain.Rejection;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Actuation (FGMV-31 L2): a person who may operate a two-way twin has its physical object perform
 * one of the twin's actions. The command is persisted and sent in one transaction (or waits while
 * the device is offline), and is decided by the device's signed answer or by its expiry.
 */
@ApplicationScoped
public class ActuationService {

    static final int MAX_PARAMETERS = 2000;
    /** How long the readings hold back for a sent command's answer at most (devices answer in milliseconds). */
    static final Duration ANSWER_AWAITED = Duration.ofSeconds(1);
    /** An answer may carry a result such as a camera's picture, so it may be larger than a report's values. */
    static final int MAX_ANSWER = 64 * 1024;

    @Inject
    DeviceRegistry devices;

    @Inject
    DeviceCommandChannel channel;

    @Inject
    DeviceAuthenticator authenticator;

    @Inject
    TwinService twins;

    @Inject
    TwinCallers callers;

    @Inject
    AuditLog audit;

    @Inject
    DeadLetters deadLetters;

    @Inject
    DeviceCounts counts;

    @Inject
    PeopleFirst peopleFirst;

    @Inject
    Event<DeviceEvents.CommandFinished> finished;

    /** How long a command may wait for its device's answer (or, offline, for the device). */
    @Inject
    @ConfigProperty(name = "device.command.lifetime", defaultValue = "60")
    long lifetimeSeconds;

    @Inject
    @ConfigProperty(name = "device.online.window", defaultValue = "900")
    long onlineWindowSeconds;

    Clock clock = Clock.systemUTC();

    /** Issues a command for the twin's device: sent now when the device is online, else it waits. */
    @Transactional
    public ActuationView issue(String twinId, String action, JsonObject parameters) {
        return issue(callers.current(), twinId, action, parameters);
    }

    /**
     * Issues a command for someone other than the request's caller (the platform asking a camera for
     * a picture when a doorbell rings), checked against that caller's rights.
     */
    @Transactional
    public ActuationView issue(TwinCaller caller, String twinId, String action, JsonObject parameters) {
        twins.authorizeAction(caller, twinId, action);
        String json = parameters == null ? "{}" : parameters.toString();
        if (json.length() > MAX_PARAMETERS) {
            throw new DeviceException(DeviceException.Reason.PARAMETERS_INVALID);
        }
        Device device = devices.activeFor(twinId)
                .orElseThrow(() -> new DeviceException(DeviceException.Reason.NO_DEVICE));
        Instant now = clock.instant();
        Actuation command = new Actuation(twinId, device.id(), action, json, caller.subject(), now,
                Duration.ofSeconds(lifetimeSeconds));
        devices.add(command);
        if (device.online(now, Duration.ofSeconds(onlineWindowSeconds))) {
            channel.send(command.command());
            command.sent(now);
            // Someone waits for the device's answer: readings hold back until it is recorded (or a while).
            peopleFirst.begin(command.id(), ANSWER_AWAITED);
        }
        audit.record("device.command-issued", "twin", twinId, action + " via " + device.id() + ", " + command.status());
        return ActuationView.of(command);
    }

    /**
     * Whether the twin has an active device that commands could reach: callers that must not fail
     * (a doorbell's ring inside the device pipeline) ask before they {@link #issue}.
     */
    @Transactional
    public boolean connected(String twinId) {
        return devices.activeFor(twinId).isPresent();
    }

    /** A command, for whoever may see its twin; one past its expiry has timed out. */
    @Transactional
    public ActuationView get(UUID commandId) {
        Actuation command = devices.actuation(commandId)
                .orElseThrow(() -> new DeviceException(DeviceException.Reason.COMMAND_NOT_FOUND));
        twins.get(callers.current(), command.twinId());
        if (command.expireIfDue(clock.instant())) {
            announce(command);
        }
        return ActuationView.of(command);
    }

    /**
     * The device's answer, {@code {"correlationId", "outcome": "ok" | "failed", "detail"?, "result"?}}, signed
     * like a report (with the correlation id as message id). Only the first answer to an open,
     * unexpired command decides it.
     *
     * @throws InvalidDeviceMessageException when it is not the device's, malformed, or for no command of it
     */
    // Everything is checked before anything changes, so a refusal leaves the caller's transaction
    // usable (the JMS consumer dead-letters the answer in it).
    @Transactional(dontRollbackOn = InvalidDeviceMessageException.class)
    public ActuationView acknowledge(String deviceId, String body, String signature) {
        try {
            return decide(deviceId, body, signature);
        } catch (InvalidDeviceMessageException refused) {
            counts.rejected(refused.rejection());
            throw refused;
        }
    }

    private ActuationView decide(String deviceId, String body, String signature) {
        if (body != null && body.length() > MAX_ANSWER) {
            throw new InvalidDeviceMessageException(Rejection.TOO_LARGE);
        }
        JsonObject ack;
        try {
            ack = JsonText.object(body == null ? "" : body);
        } catch (RuntimeException e) {
            throw new InvalidDeviceMessageException(Rejection.MALFORMED_BODY);
        }
        String correlationId = text(ack, "correlationId");
        String outcome = text(ack, "outcome");
        if (correlationId == null || !("ok".equals(outcome) || "failed".equals(outcome))) {
            throw new InvalidDeviceMessageException(Rejection.UNCONVERTIBLE,
                    "an answer is {\"correlationId\", \"outcome\": \"ok\" | \"failed\", \"detail\"?}");
        }
        Device device = authenticator.authenticate(correlationId, deviceId, "application/json", body, signature);
        Actuation command = Uuids.parse(correlationId).flatMap(devices::actuation)
                .filter(c -> c.deviceId().equals(device.id()))
                .orElseThrow(() -> new InvalidDeviceMessageException(Rejection.UNKNOWN_COMMAND));
        Instant now = clock.instant();
        boolean expiredNow = command.expireIfDue(now);
        if (expiredNow) {
            announce(command);
        } else if (command.answered("ok".equals(outcome), text(ack, "detail"), now)) {
            peopleFirst.endAfterTransaction(command.id());
            finished.fire(DeviceEvents.CommandFinished.of(command,
                    ack.get("result") instanceof JsonObject result ? result : null));
        }
        return ActuationView.of(command);
    }

    /**
     * An answer from the device layer's queue: recorded like {@link #acknowledge}, or, refused, parked
     * on the dead-letter destination with its reason in the same transaction. An answer received again
     * (redelivered after a failure) finds its command decided and changes nothing.
     */
    @Transactional
    public void receive(RawDeviceMessage answer) {
        try {
            acknowledge(answer.deviceId(), answer.body(), answer.signature());
        } catch (InvalidDeviceMessageException refused) {
            deadLetters.parkAnswer(answer, refused.rejection().name(), refused.detail());
        }
    }

    /** A device's newest commands (staff: what it was asked to do lately and how that ended). */
    @Transactional
    public java.util.List<ActuationView> recentFor(String deviceId, int limit) {
        return devices.actuationsOf(deviceId, limit).stream().map(ActuationView::of).toList();
    }

    /**
     * Times out open commands whose expiry has passed, so their requesters learn the outcome without
     * asking (the housekeeping schedule calls this). Returns how many timed out.
     */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (Actuation command : devices.openExpiredBy(now, 500)) {
            if (command.expireIfDue(now)) {
                announce(command);
                expired++;
            }
        }
        return expired;
    }

    private void announce(Actuation command) {
        finished.fire(DeviceEvents.CommandFinished.of(command));
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
