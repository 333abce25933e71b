package org.citiverse.device.application;

import java.time.Instant;
import org.citiverse.device.domain.Device;

/** A device of a household, as its members see it: never its credential or who registered it. */
public record HouseholdDevice(String id, String name, String profile, String twinId, Instant claimedAt) {

    static HouseholdDevice of(Device d) {
        return new HouseholdDevice(d.id(), d.name(), d.profile(), d.twinId(), d.claimedAt());
    }
}
