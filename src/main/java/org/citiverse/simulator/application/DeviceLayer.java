package org.citiverse.simulator.application;

/** Port: how the simulated device layer reaches the platform (the JMS contract). */
public interface DeviceLayer {

    /** A signed report on the ingress queue. */
    void report(String deviceId, String messageId, String body, String signature);

    /** A signed answer to a command on the acks queue. */
    void answer(String deviceId, String body, String signature);
}
