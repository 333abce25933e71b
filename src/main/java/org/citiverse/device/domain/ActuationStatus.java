package org.citiverse.device.domain;

/** Where a command to a device stands (FGMV-31 L2 actuation). */
public enum ActuationStatus {
    /** The device is offline: the command waits for it, until it expires. */
    PENDING,
    /** On the commands queue; the device's acknowledgement is awaited. */
    SENT,
    ACKED,
    FAILED,
    TIMED_OUT;

    public boolean open() {
        return this == PENDING || this == SENT;
    }
}
