package org.citiverse.simulator.application;

/** Port: how the simulated device layer reaches the platform (the JMS contract). */
public interface DeviceLayer {

    /** A signed report on the ingress queue; an urgent one (a ring) goes with a high JMS priority. */
    void report(String deviceId, String messageId, String body, String signature, boolean urgent);

    /** A signed answer to a command on the acks queue. */
    void answer(String deviceId, String body, String signature);
}
