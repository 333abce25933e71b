package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citiverse.device.application.ReadingsTarget;
import org.citiverse.device.domain.Reading;
import org.citiverse.device.domain.ThingDescription;
import org.citiverse.twin.application.TwinAffordances;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinService;

/**
 * Readings and descriptions go to the twin as the device itself (principal device:&lt;id&gt;, the grant
 * its registration gave it): the twin's own rules decide (newer wins, late data to history, types).
 */
@ApplicationScoped
public class TwinReadingsTarget implements ReadingsTarget {

    @Inject
    TwinService twins;

    @Override
    public List<Optional<String>> deliver(List<Delivery> deliveries) {
        List<Optional<String>> refusals = twins.offer(deliveries.stream().map(d -> new TwinService.Offer(
                asDevice(d.deviceId()), d.twinId(), d.readings().stream()
                        .map(r -> new TwinService.Reading(r.observedAt(), r.values())).toList())).toList());
        List<Optional<String>> named = new java.util.ArrayList<>(refusals.size());
        for (int i = 0; i < refusals.size(); i++) {
            String twinId = deliveries.get(i).twinId();
            named.add(refusals.get(i).map(reason -> reason + " (twin " + twinId + ")"));
        }
        return named;
    }

    @Override
    public Optional<String> describe(String deviceId, String twinId, ThingDescription description,
                                     boolean authoritative) {
        return twins.describe(asDevice(deviceId), twinId, new TwinAffordances(description.twinProperties(),
                        description.actions(), authoritative))
                .map(reason -> reason + " (twin " + twinId + ")");
    }

    private static TwinCaller asDevice(String deviceId) {
        return new TwinCaller("device:" + deviceId, Set.of("device:" + deviceId, "role:device-gateway"), false);
    }
}
