package org.citiverse.device.domain;

/** Whether a device's messages are taken: ACTIVE yes, REVOKED never again (until a new credential). */
public enum DeviceStatus {
    ACTIVE,
    REVOKED
}
