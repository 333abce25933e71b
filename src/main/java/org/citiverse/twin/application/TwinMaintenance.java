package org.citiverse.twin.application;

/** What one round of twin housekeeping did: history entries deleted, sync requests timed out. */
public record TwinMaintenance(int historyPurged, int syncTimedOut) {
}
