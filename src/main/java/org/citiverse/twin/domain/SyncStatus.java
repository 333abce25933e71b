package org.citiverse.twin.domain;

/** Where a request to sync with (or act on) the physical object stands. */
public enum SyncStatus {
    /** Sent to the device layer; the only one for its twin. */
    RUNNING,
    /** Waits for the running one; the highest priority goes next. */
    QUEUED,
    /** The device answered (its report arrived). */
    SUCCEEDED,
    /** The device did not answer in time. */
    TIMED_OUT,
    /** A higher-priority request was running. */
    REFUSED
}
