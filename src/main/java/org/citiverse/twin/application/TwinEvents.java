package org.citiverse.twin.application;

import java.time.Instant;

/** What happens to twins that other contexts observe (REQ-DT-06), fired inside the change's transaction. */
public final class TwinEvents {

    private TwinEvents() {
    }

    /** A twin's current state changed; {@code state} is its whole state as JSON. */
    public record TwinStateChanged(String twinId, String type, String state, Instant observedAt, long stateVersion) {
    }

    /**
     * A sync request starts running (REQ-DT-07/08): the device layer asks the physical object to
     * report by the deadline; its report completes the request.
     */
    public record TwinSyncRequested(java.util.UUID requestId, String twinId, Instant deadline) {
    }

    /** A city administrator deleted a twin (it contained nothing). */
    public record TwinDeleted(String twinId, String type) {
    }

    /** A twin moved (FGMV-28 7.3.2). */
    public record TwinMoved(String twinId, double latitude, double longitude, Instant observedAt) {
    }
}
