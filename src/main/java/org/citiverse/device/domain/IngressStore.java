package org.citiverse.device.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What taking a batch of reports reads and writes, each as one statement for the whole batch: the
 * devices that sent them, which of them were journaled before, and afterwards the devices' last-seen
 * state and the journal of the accepted ones.
 */
public interface IngressStore {

    /** The registered devices among these ids. */
    Map<String, ReportingDevice> devices(Collection<String> deviceIds);

    /** Those of these messages that are in the journal already. */
    Set<MessageKey> journaled(Collection<MessageKey> keys);

    /**
     * Writes the devices' last-seen time and clock offset (and a newer firmware where a report named
     * one), and journals the accepted messages.
     */
    void write(Collection<ReportingDevice> seen, List<Accepted> accepted);

    /** A message id is the device's own: the journal's key. */
    record MessageKey(String deviceId, String messageId) {
    }

    /** An accepted message, as the journal keeps it. */
    record Accepted(DeviceMessage message, InboundMessage.Channel channel, Instant receivedAt) {
    }
}
