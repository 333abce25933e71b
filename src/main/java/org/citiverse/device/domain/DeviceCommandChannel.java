package org.citiverse.device.domain;

/** Where commands for the device layer go; a send joins the caller's transaction. */
public interface DeviceCommandChannel {

    void send(DeviceCommand command);
}
