package org.citiverse.device.application;

import org.citiverse.device.domain.DeviceMessage;

/** Port to the device ingress destination, for messages that arrive by another interface (HTTPS). */
public interface IngressQueue {

    /**
     * Enqueues inside the caller's transaction, so it is sent only if the caller commits; an urgent
     * message (a doorbell's) goes with a high priority, to the urgent consumer.
     */
    void enqueue(DeviceMessage message, String signature, boolean urgent);
}
