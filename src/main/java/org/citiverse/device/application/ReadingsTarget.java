package org.citiverse.device.application;

import java.util.List;
import java.util.Optional;
import org.citiverse.device.domain.Reading;

/** Port to the twin system: where a device's readings go (twin synchronisation, FGMV-31 L1/L2). */
public interface ReadingsTarget {

    /**
     * Applies all readings to the device's twin, or none of them.
     *
     * @return why the twin could not take them, if it could not
     */
    Optional<String> deliver(String deviceId, String twinId, List<Reading> readings);
}
