package org.citiverse.device.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.citiverse.device.domain.Rejection;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The device layer's metrics ({@code citiverse_device_ingestion_total{outcome}},
 * {@code citiverse_device_rejected_total{reason}}), counted once the caller's transaction commits, so
 * a rolled-back delivery, which comes again, is counted once.
 */
@ApplicationScoped
public class DeviceCounts {

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Counts for one transaction, added up and given to the registry in one go when it commits. */
    Tally tally() {
        return new Tally();
    }

    /** One refused message (a device's report or answer) of the current transaction. */
    void rejected(Rejection rejection) {
        Tally tally = tally();
        tally.rejected(rejection);
        tally.countOnCommit();
    }

    final class Tally {
        private final Map<Map.Entry<String, Tag>, Long> counts = new LinkedHashMap<>();

        void ingested(IngestionOutcome outcome) {
            add("citiverse.device.ingestion", new Tag("outcome", outcome.name().toLowerCase(Locale.ROOT)));
        }

        void rejected(Rejection rejection) {
            add("citiverse.device.rejected", new Tag("reason", rejection.name().toLowerCase(Locale.ROOT)));
        }

        private void add(String name, Tag tag) {
            counts.merge(Map.entry(name, tag), 1L, Long::sum);
        }

        /**
         * Counters are looked up at each count, not kept: another application on the server registering
         * the same metric and stopping removes it from the shared registry, and a kept counter would then
         * count where nobody reads.
         */
        void countOnCommit() {
            if (counts.isEmpty()) {
                return;
            }
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        counts.forEach((metric, n) -> metrics.counter(metric.getKey(), metric.getValue()).inc(n));
                    }
                }
            });
        }
    }
}
