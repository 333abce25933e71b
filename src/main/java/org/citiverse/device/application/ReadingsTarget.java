package org.citiverse.device.application;

import java.util.List;
import java.util.Optional;
import org.citiverse.device.domain.Reading;
import org.citiverse.device.domain.ThingDescription;

/**
 * Port to the twin system: where a device's readings and self-description go (twin
 * synchronisation, FGMV-31 L1/L2, IR-RecR-2). Both act as the device itself.
 */
public interface ReadingsTarget {

    /**
     * Applies each report's readings to its device's twin, all of them or none, report by report in
     * order (a batch of reports in one go).
     *
     * @return per delivery, in order: why the twin could not take it, if it could not
     */
    List<Optional<String>> deliver(List<Delivery> deliveries);

    /** One report's readings for the twin its device reports for. */
    record Delivery(String deviceId, String twinId, List<Reading> readings) {
    }

    /**
     * Shapes the device's twin after a description: the device's own one is authoritative (its types
     * replace the twin's); a built-in profile only adds what the twin lacks.
     *
     * @return why the twin could not take it, if it could not
     */
    Optional<String> describe(String deviceId, String twinId, ThingDescription description, boolean authoritative);
}
