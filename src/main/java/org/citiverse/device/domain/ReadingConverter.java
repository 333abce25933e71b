package org.citiverse.device.domain;

import java.time.Instant;
import java.util.List;

/**
 * Protocol conversion (FGMV-31 IR-RecR-1): one message format, identified by its content type,
 * into readings. A new device format is a new implementation listed in {@link ReadingConverters}.
 */
public interface ReadingConverter {

    /** The content type this converter reads, such as application/senml+json. */
    String contentType();

    /**
     * The readings in a well-formed JSON body, oldest first.
     *
     * @param deviceId the device whose signature the message carries: a format that names its device
     *                 in the body must name this one
     * @param receivedAt when the platform received it (for readings without their own time)
     * @throws UnconvertibleException when the body is JSON but not in this format
     * @throws InvalidDeviceMessageException {@link Rejection#DEVICE_MISMATCH} when the body names another device
     */
    List<Reading> convert(String deviceId, String body, Instant receivedAt);
}
