package org.citiverse.device.domain;

import java.util.List;
import java.util.Optional;

/** Registered devices. */
public interface DeviceRegistry {

    Optional<Device> find(String deviceId);

    void add(Device device);

    /** A page of devices, by id, optionally of one status. */
    List<Device> list(DeviceStatus status, int offset, int limit);
}
