package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citiverse.device.application.ReadingsTarget;
import org.citiverse.device.domain.Reading;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinService;

/**
 * Readings go to the twin as reports of the device itself (principal device:&lt;id&gt;, the grant its
 * registration gave it): the twin's own rules decide (newer wins, late data to history, types).
 */
@ApplicationScoped
public class TwinReadingsTarget implements ReadingsTarget {

    @Inject
    TwinService twins;

    @Override
    public Optional<String> deliver(String deviceId, String twinId, List<Reading> readings) {
        TwinCaller device = new TwinCaller("device:" + deviceId, Set.of("device:" + deviceId, "role:device-gateway"),
                false);
        return twins.offer(device, twinId, readings.stream()
                        .map(r -> new TwinService.Reading(r.observedAt(), r.values())).toList())
                .map(reason -> reason + " (twin " + twinId + ")");
    }
}
