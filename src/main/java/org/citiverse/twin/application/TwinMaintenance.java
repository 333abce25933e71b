package org.citiverse.twin.application;

/** What one round of twin housekeeping did: history entries deleted, sync requests timed out, periodic syncs asked. */
public record TwinMaintenance(int historyPurged, int syncTimedOut, int periodicSyncs) {
}
