package org.citiverse.device.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.device.application.PeopleFirst;
import org.citiverse.shared.infrastructure.persistence.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The consumers of the ways in from the device layer.
 * <ul>
 * <li>Reports: {@code jms.ingress.workers} threads, each taking batches of up to
 * {@code jms.ingress.batch.max} messages on a consumer of its own ({@link IngressBatch},
 * {@link TransactedConsumer}). After a failed batch they take one at a time for a while
 * ({@link BatchSizes}) and pause before each retry, longer with each failure in a row
 * ({@link RedeliveryBackoff}), so a database outage does not use up good messages' redeliveries.
 * While a person waits for the device layer they hold back their next batch, at most
 * {@code jms.ingress.yield} ms ({@link PeopleFirst}), unless the last batch was full (a backlog).</li>
 * <li>Urgent messages (JMS priority at least {@code jms.ingress.urgent.priority}: a doorbell's ring):
 * one more consumer, one at a time, so someone at the door is not kept waiting behind a backlog of
 * readings.</li>
 * <li>Devices' answers to commands: {@code jms.acks.workers} threads, one answer at a time
 * ({@link AnswerIntake}).</li>
 * </ul>
 */
@ApplicationScoped
public class IngressWorkers {

    private static final Logger LOG = Logger.getLogger(IngressWorkers.class.getName());
    private static final long WAIT_MILLIS = 500;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    IngressBatch batches;

    @Inject
    AnswerIntake answers;

    @Inject
    PeopleFirst peopleFirst;

    @Inject
    DatabaseMigration migration;

    @Inject
    RedeliveryBackoff backoff;

    @Inject
    @ConfigProperty(name = "jms.ingress.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "jms.ingress.batch.max", defaultValue = "100")
    int batchMax;

    @Inject
    @ConfigProperty(name = "jms.ingress.batch.linger", defaultValue = "5")
    long lingerMillis;

    @Inject
    @ConfigProperty(name = "jms.ingress.urgent.priority", defaultValue = "7")
    int urgentPriority;

    @Inject
    @ConfigProperty(name = "jms.acks.workers", defaultValue = "2")
    int answerWorkers;

    /** Milliseconds a batch of readings waits at most while work a person waits for is open. */
    @Inject
    @ConfigProperty(name = "jms.ingress.yield", defaultValue = "50")
    long yieldMillis;

    private BatchSizes sizes;
    private final List<Thread> running = new ArrayList<>();
    private volatile boolean stopping;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        sizes = new BatchSizes(batchMax, workers);
        for (int i = 1; i <= workers; i++) {
            start(this::work, "citiverse-ingress-" + i);
        }
        start(this::workUrgent, "citiverse-ingress-urgent");
        for (int i = 1; i <= answerWorkers; i++) {
            start(this::workAnswers, "citiverse-answers-" + i);
        }
    }

    private void start(Runnable work, String name) {
        Thread thread = threads.newThread(work);
        thread.setName(name);
        thread.start();
        running.add(thread);
    }

    /** Urgent messages one at a time: a bad one fails alone, and a ring never waits for a batch. */
    private void workUrgent() {
        String selector = "JMSPriority >= " + urgent();
        consume(() -> batches.open(selector), consumer -> batches.drainUrgent(consumer, WAIT_MILLIS), () -> { },
                "An urgent device message was given back");
    }

    /**
     * Everything else, in batches. Not urgent messages too: the broker sends each consumer a window of
     * messages ahead, and a ring sent ahead to a batch consumer would wait behind that window.
     */
    private void work() {
        String selector = "JMSPriority < " + urgent();
        // After a full batch (a backlog) the worker does not hold back, so commands that are always
        // somewhere in flight cannot cap the rate at which a backlog is worked off.
        boolean[] backlog = {false};
        consume(() -> batches.open(selector), consumer -> {
            if (!backlog[0]) {
                peopleFirst.yieldTo(yieldMillis);
            }
            int asked = sizes.next();
            int taken = batches.drain(consumer, asked, WAIT_MILLIS, lingerMillis);
            sizes.committed(asked, taken);
            backlog[0] = taken >= asked;
        }, sizes::failed, "Device messages were given back; taking them one at a time for now");
    }

    private void workAnswers() {
        consume(answers::open, consumer -> answers.drain(consumer, WAIT_MILLIS), () -> { },
                "A device's answer to a command was given back");
    }

    /**
     * Runs rounds on one consumer until stopped (once the schema is migrated). After a failure the
     * consumer is closed, which gives its batch back (and is what a lost broker connection needs), a
     * new one is opened for the next round, and each failure in a row pauses longer.
     */
    private void consume(Opener opener, Round round, Runnable afterFailure, String failureMessage) {
        int failures = 0;
        TransactedConsumer consumer = null;
        try {
            while (!stopping && !Thread.currentThread().isInterrupted()) {
                if (!migration.state().migrated()) {
                    pause(WAIT_MILLIS);
                    continue;
                }
                try {
                    if (consumer == null) {
                        consumer = opener.open();
                    }
                    round.run(consumer);
                    failures = 0;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (JMSException | RuntimeException e) {
                    failures++;
                    consumer = closeQuietly(consumer);
                    afterFailure.run();
                    LOG.log(Level.WARNING, failureMessage, e);
                    backoff.pauseAfter(failures);
                }
            }
        } finally {
            closeQuietly(consumer);
        }
    }

    private int urgent() {
        return Math.max(0, Math.min(9, urgentPriority));
    }

    private static TransactedConsumer closeQuietly(TransactedConsumer consumer) {
        if (consumer != null) {
            try {
                consumer.close();
            } catch (JMSException | RuntimeException e) {
                LOG.log(Level.FINE, "Closing a broken ingress consumer", e);
            }
        }
        return null;
    }

    /** Opens a worker's consumer. */
    @FunctionalInterface
    private interface Opener {
        TransactedConsumer open() throws JMSException;
    }

    /** One round on a worker's consumer. */
    @FunctionalInterface
    private interface Round {
        void run(TransactedConsumer consumer) throws JMSException, InterruptedException;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        for (Thread worker : running) {
            try {
                worker.join(WAIT_MILLIS * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
