package org.citiverse.device.application;

/** A device's new credential, shown once to whoever installs the device; the server keeps no copy. */
public record IssuedCredential(String deviceId, int version, String secret) {
}
