package org.citiverse.device.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.citiverse.device.domain.DeviceMessage;
import org.citiverse.device.domain.InboundMessage;
import org.citiverse.device.domain.InboundMessageRepository;
import org.citiverse.device.domain.InvalidDeviceMessageException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Device ingestion (FGMV-31 IR-RecR-2): every delivered message is accepted once, recognised as
 * a duplicate, or dead-lettered with its reason. Nothing is dropped silently. Runs in the
 * caller's transaction, so the JMS receive and the database write commit together.
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

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "jms.ingress.max.bytes", defaultValue = "65536")
    int maxBytes;

    private final Clock clock = Clock.systemUTC();
    private final Map<IngestionOutcome, Counter> counters = new ConcurrentHashMap<>();

    /** Takes a message delivered by the device layer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IngestionOutcome receive(RawDeviceMessage raw) {
        DeviceMessage message;
        try {
            message = DeviceMessage.validate(raw.messageId(), raw.deviceId(), raw.contentType(), raw.body(), maxBytes);
        } catch (InvalidDeviceMessageException e) {
            deadLetters.park(raw, e.rejection().name(), e.rejection().description());
            // Device ids are not personal data; message bodies may be, so they are never logged.
            LOG.warning(() -> "Device message dead-lettered: " + e.rejection() + " (device "
                    + printable(raw.deviceId()) + ")");
            return count(IngestionOutcome.DEAD_LETTERED);
        }
        if (journal.findByMessageId(message.messageId()).isPresent()) {
            return count(IngestionOutcome.DUPLICATE);
        }
        journal.add(new InboundMessage(message, raw.channel(), Instant.now(clock)));
        return count(IngestionOutcome.ACCEPTED);
    }

    /**
     * Takes a message from an interface other than JMS: checked at once, so the sender gets a
     * clear error, then put on the same ingress destination as every other device message.
     *
     * @throws InvalidDeviceMessageException when it breaks the message contract
     */
    @Transactional
    public DeviceMessage submit(RawDeviceMessage raw) {
        DeviceMessage message = DeviceMessage.validate(raw.messageId(), raw.deviceId(), raw.contentType(),
                raw.body(), maxBytes);
        ingressQueue.enqueue(message);
        return message;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReceivedMessage> find(String messageId) {
        return journal.findByMessageId(messageId).map(m -> new ReceivedMessage(m.messageId(), m.deviceId(),
                m.contentType(), m.bodyBytes(), m.channel().name(), m.receivedAt()));
    }

    public List<DeadLetter> deadLetters(int limit) {
        return deadLetters.browse(limit);
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Counts an outcome once its transaction commits, so rolled-back deliveries are not counted. */
    private IngestionOutcome count(IngestionOutcome outcome) {
        Counter counter = counters.computeIfAbsent(outcome, o -> metrics.counter("citiverse.device.ingestion",
                new Tag("outcome", o.name().toLowerCase(Locale.ROOT))));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.inc();
                }
            }
        });
        return outcome;
    }

    private static String printable(String value) {
        return value == null ? "none" : value.replaceAll("[^A-Za-z0-9._:-]", "?");
    }
}
