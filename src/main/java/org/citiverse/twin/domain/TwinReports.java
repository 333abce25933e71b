package org.citiverse.twin.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports applied to many twins at once (the device pipeline's batches): each question is one
 * statement for the whole set, and no twin is loaded as an entity.
 */
public interface TwinReports {

    /**
     * The reported state of the twins of these ids that exist, each under its row lock until the
     * transaction ends. Rows are locked in id order, so two batches wait for each other instead of
     * deadlocking.
     */
    Map<String, ReportedState> lock(Collection<String> twinIds);

    /**
     * For each of these twins, those of the principals that hold one of the permissions on it or on
     * anything containing it (twins for which none does are left out).
     */
    Map<String, Set<String>> holders(Collection<String> twinIds, Collection<String> principals,
                                     Collection<Permission> permissions);

    /** Those of these twins that have a running or waiting sync request. */
    Set<String> withOpenSyncRequests(Collection<String> twinIds);

    /** Writes the changed states (one batched statement) and the history entries (one batched insert). */
    void write(Collection<ReportedState> changed, List<Entry> history);

    /** One report's values for a twin's history; {@code applied}: whether it changed the state. */
    record Entry(String twinId, String values, Instant observedAt, Instant receivedAt, boolean applied) {
    }
}
