package org.citiverse.device.application;

import jakarta.enterprise.inject.Instance;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceSignals;
import org.citiverse.device.domain.InvalidDescriptionException;
import org.citiverse.device.domain.Reading;
import org.citiverse.device.domain.ReadingConverters;
import org.citiverse.device.domain.Rejection;
import org.citiverse.device.domain.ThingDescription;
import org.citiverse.device.domain.UnconvertibleException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.citiverse.device.domain.DeviceMessage;
import org.citiverse.device.domain.InboundMessage;
import org.citiverse.device.domain.InboundMessageRepository;
import org.citiverse.device.domain.InvalidDeviceMessageException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Device ingestion (FGMV-31 IR-RecR-1/2): every delivered message is authenticated, converted
 * and applied to its device's twin once (readings, or a self-description that shapes the twin),
 * recognised as a duplicate, or dead-lettered with its reason. Nothing is dropped silently. Runs in
 * the caller's transaction, so the JMS receive, the twin's change and the journal commit together.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class.getName());

    @Inject
    InboundMessageRepository journal;

    @Inject
    DeadLetters deadLetters;

    @Inject
    IngressQueue ingressQueue;

    /** The twin system; a device without a twin needs none (a slim test deployment has none). */
    @Inject
    Instance<ReadingsTarget> targets;

    @Inject
    DeviceAuthenticator authenticator;

    @Inject
    PendingCommands pendingCommands;

    @Inject
    Event<DeviceEvents.DoorbellRang> rang;

    @Inject
    Event<DeviceEvents.DeviceFault> faults;

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "jms.ingress.max.bytes", defaultValue = "65536")
    int maxBytes;

    @Inject
    @ConfigProperty(name = "device.online.window", defaultValue = "900")
    long onlineWindowSeconds;

    /** Readings older than this are refused: the twin's history would delete them at once. */
    @Inject
    @ConfigProperty(name = "twin.history.retention.days", defaultValue = "365")
    long maxAgeDays;

    private final Clock clock = Clock.systemUTC();

    /**
     * Takes a message delivered by the device layer: contract, then the device's signature, then
     * duplicates, then conversion by content type, then the twin. Whatever fails is dead-lettered
     * with its reason and changes nothing; an accepted message is journaled once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IngestionOutcome receive(RawDeviceMessage raw) {
        Instant now = Instant.now(clock);
        try {
            DeviceMessage message = DeviceMessage.validate(raw.messageId(), raw.deviceId(), raw.contentType(),
                    raw.body(), maxBytes);
            Device device = authenticate(message, raw.signature());
            if (journal.contains(device.id(), message.messageId())) {
                return count(IngestionOutcome.DUPLICATE);
            }
            if (ThingDescription.CONTENT_TYPE.equals(message.contentType())) {
                describe(device, message.body(), now);
                seen(device, null, now);
            } else {
                List<Reading> readings = convert(message, now);
                requireRecent(readings, now);
                if (device.twinId() != null) {
                    targets.get().deliver(device.id(), device.twinId(), readings).ifPresent(reason -> {
                        throw new InvalidDeviceMessageException(Rejection.REJECTED_BY_TWIN, reason);
                    });
                }
                seen(device, deviceTime(readings, now), now);
                device.reported(readings);
                announce(device, readings);
            }
            journal.add(new InboundMessage(message, raw.channel(), now));
            return count(IngestionOutcome.ACCEPTED);
        } catch (InvalidDeviceMessageException e) {
            deadLetters.park(raw, e.rejection().name(), e.detail());
            // Device ids are not personal data; message bodies may be, so they are never logged.
            LOG.warning(() -> "Device message dead-lettered: " + e.rejection() + " (device "
                    + printable(raw.deviceId()) + ")");
            countOnCommit("citiverse.device.rejected", new Tag("reason", e.rejection().name().toLowerCase(Locale.ROOT)));
            return count(IngestionOutcome.DEAD_LETTERED);
        }
    }

    /**
     * Takes a message from an interface other than JMS: checked at once (contract and signature),
     * so the sender gets a clear error, then put on the same ingress destination as every other
     * device message.
     *
     * @throws InvalidDeviceMessageException when it breaks the message contract or is not the device's
     */
    @Transactional
    public DeviceMessage submit(RawDeviceMessage raw) {
        DeviceMessage message = DeviceMessage.validate(raw.messageId(), raw.deviceId(), raw.contentType(),
                raw.body(), maxBytes);
        Device device = authenticate(message, raw.signature());
        ingressQueue.enqueue(message, raw.signature(), DeviceSignals.urgent(device.profile()));
        return message;
    }

    /**
     * The device is online now: commands that waited while it was offline go out. Only a device that
     * was offline can have waiting commands, so one that reports steadily costs no look-up.
     */
    private void seen(Device device, Instant deviceTime, Instant now) {
        boolean wasOffline = !device.online(now, Duration.ofSeconds(onlineWindowSeconds));
        device.seen(deviceTime, now);
        if (wasOffline) {
            pendingCommands.sendWaiting(device, now);
        }
    }

    private Device authenticate(DeviceMessage message, String signature) {
        return authenticator.authenticate(message.messageId(), message.deviceId(), message.contentType(),
                message.body(), signature);
    }

    /** What the report means beyond its values, for the contexts that act on it (inside this transaction). */
    private void announce(Device device, List<Reading> readings) {
        for (DeviceSignals.Signal signal : DeviceSignals.of(device.profile(), readings)) {
            switch (signal.kind()) {
                case RING -> rang.fire(new DeviceEvents.DoorbellRang(device.id(), device.twinId(), signal.observedAt()));
                case FAULT, RECOVERED -> faults.fire(new DeviceEvents.DeviceFault(device.id(), device.twinId(),
                        signal.detail(), signal.kind() == DeviceSignals.Kind.FAULT, signal.observedAt()));
            }
        }
    }

    /**
     * The newest time the device put on its readings, or null when it gave none (converters date an
     * untimed reading with the moment it was received): only a device's own time says anything about
     * its clock.
     */
    static Instant deviceTime(List<Reading> readings, Instant receivedAt) {
        return readings.stream().map(Reading::observedAt).filter(t -> !t.equals(receivedAt))
                .max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /**
     * A self-description (FGMV-31 IR-RecR-2): the device's twin takes it as the device's own (all of
     * it or nothing), then the device keeps it.
     */
    private void describe(Device device, String body, Instant now) {
        ThingDescription description;
        try {
            description = ThingDescription.parse(body);
        } catch (InvalidDescriptionException e) {
            throw new InvalidDeviceMessageException(Rejection.INVALID_DESCRIPTION, e.getMessage());
        }
        if (device.twinId() == null) {
            throw new InvalidDeviceMessageException(Rejection.NO_TWIN);
        }
        targets.get().describe(device.id(), device.twinId(), description, true).ifPresent(reason -> {
            throw new InvalidDeviceMessageException(Rejection.REJECTED_BY_TWIN, reason);
        });
        device.describe(description, now);
    }

    /**
     * A reading from before the history's retention is a device whose clock was reset (1970) or a
     * backlog nobody can use: refused, so a wrong clock is seen on the dead-letter desk.
     */
    private void requireRecent(List<Reading> readings, Instant now) {
        Instant oldest = now.minus(Duration.ofDays(maxAgeDays));
        readings.stream().filter(r -> r.observedAt().isBefore(oldest)).findFirst().ifPresent(r -> {
            throw new InvalidDeviceMessageException(Rejection.OBSERVED_TOO_LONG_AGO, "observed " + r.observedAt());
        });
    }

    private static List<Reading> convert(DeviceMessage message, Instant receivedAt) {
        try {
            List<Reading> readings = ReadingConverters.of(message.contentType())
                    .convert(message.deviceId(), message.body(), receivedAt);
            if (readings.isEmpty()) {
                throw new UnconvertibleException("no readings");
            }
            return readings;
        } catch (UnconvertibleException e) {
            throw new InvalidDeviceMessageException(Rejection.UNCONVERTIBLE, e.getMessage());
        }
    }

    @Transactional // not SUPPORTS: its entity manager would then be closed after the local transaction ended (J2CA0026E)
    public Optional<ReceivedMessage> find(String messageId) {
        return journal.findByMessageId(messageId).map(IngestionService::received);
    }

    /** A device's newest accepted messages (staff: what it sent lately, never the bodies). */
    @Transactional
    public List<ReceivedMessage> recentOf(String deviceId, int limit) {
        return journal.newestOf(deviceId, limit).stream().map(IngestionService::received).toList();
    }

    private static ReceivedMessage received(InboundMessage m) {
        return new ReceivedMessage(m.messageId(), m.deviceId(), m.contentType(), m.bodyBytes(), m.channel().name(),
                m.receivedAt());
    }

    public List<DeadLetter> deadLetters(int limit) {
        return deadLetters.browse(limit);
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Counts an outcome once its transaction commits, so rolled-back deliveries are not counted. */
    private IngestionOutcome count(IngestionOutcome outcome) {
        countOnCommit("citiverse.device.ingestion", new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT)));
        return outcome;
    }

    /**
     * Looked up at each count, not kept: another application on the server registering the same
     * metric and stopping removes it from the shared registry, and a kept counter would then count
     * where nobody reads.
     */
    private void countOnCommit(String name, Tag tag) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    metrics.counter(name, tag).inc();
                }
            }
        });
    }

    private static String printable(String value) {
        return value == null ? "none" : value.replaceAll("[^A-Za-z0-9._:-]", "?");
    }
}
