package org.citiverse.device.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceRegistry;
import org.citiverse.device.domain.IngressStore;
import org.citiverse.device.domain.ReportingDevice;
import org.citiverse.device.domain.DeviceSignals;
import org.citiverse.device.domain.InvalidDescriptionException;
import org.citiverse.device.domain.Reading;
import org.citiverse.device.domain.ReadingBounds;
import org.citiverse.device.domain.ReadingConverters;
import org.citiverse.device.domain.Rejection;
import org.citiverse.device.domain.ThingDescription;
import org.citiverse.device.domain.UnconvertibleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.citiverse.device.domain.DeviceMessage;
import org.citiverse.device.domain.InboundMessage;
import org.citiverse.device.domain.InboundMessageRepository;
import org.citiverse.device.domain.InvalidDeviceMessageException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Device ingestion (FGMV-31 IR-RecR-1/2): every delivered message is authenticated, converted
 * and applied to its device's twin once (readings, or a self-description that shapes the twin),
 * recognised as a duplicate, or dead-lettered with its reason. Nothing is dropped silently. A batch
 * is one transaction (the caller's, or its own): the twins' changes, the journal and the dead letters
 * commit together. Whoever delivered the batch acknowledges it afterwards; a batch delivered again
 * finds its messages in the journal and changes nothing twice.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class.getName());

    @Inject
    InboundMessageRepository journal;

    @Inject
    IngressStore store;

    @Inject
    DeviceRegistry devices;

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
    DeviceCounts counts;

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

    /**
     * How long the journal keeps a message (its id, so a resend within this time is a duplicate, and its
     * body). A message sent again after it is taken as new; its readings are late by then and only join
     * the twin's history.
     */
    @Inject
    @ConfigProperty(name = "device.journal.retention.days", defaultValue = "30")
    long journalRetentionDays;

    private final Clock clock = Clock.systemUTC();

    private ReadingBounds bounds;

    @PostConstruct
    void configure() {
        bounds = new ReadingBounds(Duration.ofDays(maxAgeDays));
    }

    /**
     * Takes messages delivered by the device layer, in their order, as if one after the other: for
     * each, the contract, then the device's signature, then duplicates, then conversion by content
     * type, then the twin. Whatever fails is dead-lettered with its reason and changes nothing; an
     * accepted message is journaled once. The batch is taken in runs, each read and written as sets;
     * a run ends before a self-description (it reshapes its twin, so it is taken alone) and before a
     * message id the run already holds (the second is then judged against the first's journal entry).
     *
     * @return per message, in order, what became of it
     */
    @Transactional
    public List<IngestionOutcome> receive(List<RawDeviceMessage> batch) {
        List<IngestionOutcome> outcomes = new ArrayList<>(batch.size());
        DeviceCounts.Tally tally = counts.tally();
        List<RawDeviceMessage> run = new ArrayList<>();
        Set<IngressStore.MessageKey> keys = new HashSet<>();
        for (RawDeviceMessage raw : batch) {
            boolean description = ThingDescription.CONTENT_TYPE.equals(DeviceMessage.normalise(raw.contentType()));
            if (description || !keys.add(new IngressStore.MessageKey(raw.deviceId(), raw.messageId()))) {
                outcomes.addAll(receiveRun(run, tally));
                run = new ArrayList<>();
                keys.clear();
                keys.add(new IngressStore.MessageKey(raw.deviceId(), raw.messageId()));
            }
            run.add(raw);
            if (description) {
                outcomes.addAll(receiveRun(run, tally));
                run = new ArrayList<>();
                keys.clear();
            }
        }
        outcomes.addAll(receiveRun(run, tally));
        tally.countOnCommit();
        return outcomes;
    }

    /** One run of messages: devices, duplicates, twins and the writes each as one set. */
    private List<IngestionOutcome> receiveRun(List<RawDeviceMessage> run, DeviceCounts.Tally tally) {
        if (run.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        List<Report> reports = new ArrayList<>(run.size());
        for (RawDeviceMessage raw : run) {
            Report report = new Report(raw);
            reports.add(report);
            report.attempt(() -> report.message = DeviceMessage.validate(raw.messageId(), raw.deviceId(),
                    raw.contentType(), raw.body(), maxBytes));
        }
        List<Report> valid = reports.stream().filter(Report::open).toList();
        Map<String, ReportingDevice> devices = valid.isEmpty() ? Map.of()
                : store.devices(valid.stream().map(r -> r.message.deviceId()).collect(Collectors.toSet()));
        valid.forEach(r -> r.attempt(() -> r.device = authenticator.authenticate(devices.get(r.message.deviceId()),
                r.message.messageId(), r.message.contentType(), r.message.body(), r.raw.signature())));
        List<Report> known = reports.stream().filter(Report::open).toList();
        Set<IngressStore.MessageKey> journaled = known.isEmpty() ? Set.of()
                : store.journaled(known.stream().map(Report::key).toList());
        for (Report report : known) {
            if (journaled.contains(report.key())) {
                report.outcome = IngestionOutcome.DUPLICATE;
            } else if (ThingDescription.CONTENT_TYPE.equals(report.message.contentType())) {
                report.attempt(() -> describe(report.device, report.message.body(), now));
            } else {
                report.attempt(() -> {
                    report.readings = convert(report.message, now);
                    bounds.check(report.readings, now);
                });
            }
        }
        deliver(reports.stream().filter(r -> r.open() && r.readings != null && r.device.twinId() != null).toList());
        Map<String, ReportingDevice> seen = new LinkedHashMap<>();
        List<IngressStore.Accepted> accepted = new ArrayList<>();
        for (Report report : reports) {
            if (report.open()) {
                List<Reading> readings = report.readings == null ? List.of() : report.readings;
                seen(report.device, report.readings == null ? null : deviceTime(readings, now), now);
                report.device.reported(readings);
                announce(report.device, readings);
                seen.put(report.device.id(), report.device);
                accepted.add(new IngressStore.Accepted(report.message, report.raw.channel(), now));
                report.outcome = IngestionOutcome.ACCEPTED;
            } else if (report.refusal != null) {
                deadLetter(report.raw, report.refusal, tally);
                report.outcome = IngestionOutcome.DEAD_LETTERED;
            }
            tally.ingested(report.outcome);
        }
        store.write(seen.values(), accepted);
        return reports.stream().map(r -> r.outcome).toList();
    }

    /** The reports' readings go to their twins in one offer; a report the twin refuses is dead-lettered. */
    private void deliver(List<Report> toTwins) {
        if (toTwins.isEmpty()) {
            return;
        }
        List<Optional<String>> refusals = targets.get().deliver(toTwins.stream()
                .map(r -> new ReadingsTarget.Delivery(r.device.id(), r.device.twinId(), r.readings)).toList());
        for (int i = 0; i < toTwins.size(); i++) {
            Report report = toTwins.get(i);
            refusals.get(i).ifPresent(reason -> report.refusal = new InvalidDeviceMessageException(
                    Rejection.REJECTED_BY_TWIN, reason));
        }
    }

    private void deadLetter(RawDeviceMessage raw, InvalidDeviceMessageException e, DeviceCounts.Tally tally) {
        deadLetters.park(raw, e.rejection().name(), e.detail());
        // Device ids are not personal data; message bodies may be, so they are never logged.
        LOG.warning(() -> "Device message dead-lettered: " + e.rejection() + " (device "
                + printable(raw.deviceId()) + ")");
        tally.rejected(e.rejection());
    }

    /** One message of a run on its way: open until it is refused or found to be a duplicate. */
    private static final class Report {
        final RawDeviceMessage raw;
        DeviceMessage message;
        ReportingDevice device;
        List<Reading> readings;
        InvalidDeviceMessageException refusal;
        IngestionOutcome outcome;

        Report(RawDeviceMessage raw) {
            this.raw = raw;
        }

        boolean open() {
            return refusal == null && outcome == null;
        }

        IngressStore.MessageKey key() {
            return new IngressStore.MessageKey(message.deviceId(), message.messageId());
        }

        /** A step of the pipeline; a refusal ends the message's way. */
        void attempt(Runnable step) {
            if (!open()) {
                return;
            }
            try {
                step.run();
            } catch (InvalidDeviceMessageException e) {
                refusal = e;
            }
        }
    }

    /**
     * Takes a message from an interface other than JMS: checked at once (contract and signature),
     * so the sender gets a clear error, then put on the same ingress destination as every other
     * device message.
     *
     * @throws InvalidDeviceMessageException when it breaks the message contract or is not the device's
     */
    // Refused before anything is sent, so the transaction may commit and count the refusal.
    @Transactional(dontRollbackOn = InvalidDeviceMessageException.class)
    public DeviceMessage submit(RawDeviceMessage raw) {
        DeviceMessage message;
        Device device;
        try {
            message = DeviceMessage.validate(raw.messageId(), raw.deviceId(), raw.contentType(), raw.body(), maxBytes);
            device = authenticate(message, raw.signature());
        } catch (InvalidDeviceMessageException refused) {
            counts.rejected(refused.rejection());
            throw refused;
        }
        ingressQueue.enqueue(message, raw.signature(), DeviceSignals.urgent(device.profile()));
        return message;
    }

    /**
     * The device is online now: commands that waited while it was offline go out. Only a device that
     * was offline can have waiting commands, so one that reports steadily costs no look-up.
     */
    private void seen(ReportingDevice device, Instant deviceTime, Instant now) {
        boolean wasOffline = !device.online(now, Duration.ofSeconds(onlineWindowSeconds));
        device.seen(deviceTime, now);
        if (wasOffline) {
            pendingCommands.sendWaiting(device.id(), now);
        }
    }

    private Device authenticate(DeviceMessage message, String signature) {
        return authenticator.authenticate(message.messageId(), message.deviceId(), message.contentType(),
                message.body(), signature);
    }

    /** What the report means beyond its values, for the contexts that act on it (inside this transaction). */
    private void announce(ReportingDevice device, List<Reading> readings) {
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
    private void describe(ReportingDevice device, String body, Instant now) {
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
        devices.find(device.id()).orElseThrow().describe(description, now);
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
        } catch (InvalidDeviceMessageException e) {
            throw e;
        } catch (RuntimeException e) {
            // Conversion reads only the body: a body a converter chokes on is that message's fault, refused
            // on its own, not a failure of the whole batch (which would hold up the good ones around it).
            throw new InvalidDeviceMessageException(Rejection.UNCONVERTIBLE, "the converter failed: "
                    + e.getClass().getSimpleName());
        }
    }

    /**
     * Housekeeping: forgets up to {@code limit} journaled messages past {@code device.journal.retention.days},
     * oldest first, in a transaction of their own (called again while there are more).
     *
     * @return how many were forgotten
     */
    @Transactional
    public int forgetOldMessages(int limit) {
        return journal.forgetReceivedBefore(clock.instant().minus(Duration.ofDays(journalRetentionDays)), limit);
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

    private static String printable(String value) {
        return value == null ? "none" : value.replaceAll("[^A-Za-z0-9._:-]", "?");
    }
}
