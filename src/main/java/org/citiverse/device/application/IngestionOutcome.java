package org.citiverse.device.application;

/** What became of one delivered device message. */
public enum IngestionOutcome {
    /** Stored once in the journal. */
    ACCEPTED,
    /** Its message id was seen before; nothing changed. */
    DUPLICATE,
    /** It broke the message contract and was parked on the dead-letter destination. */
    DEAD_LETTERED
}
