package org.citiverse.twin.application;

/** What one round of twin housekeeping did: sync requests timed out, periodic syncs asked. */
public record TwinMaintenance(int syncTimedOut, int periodicSyncs) {
}
