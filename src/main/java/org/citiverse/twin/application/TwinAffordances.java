package org.citiverse.twin.application;

import java.util.List;
import java.util.Map;

/**
 * What a device declares its twin has (FGMV-31 IR-RecR-2): properties by name with their type
 * (BOOLEAN, NUMBER or TEXT) and actions. {@code authoritative}: the device's own description, whose
 * types replace the twin's; otherwise (a built-in profile) only what the twin lacks is added.
 */
public record TwinAffordances(Map<String, String> properties, List<String> actions, boolean authoritative) {

    public TwinAffordances {
        properties = Map.copyOf(properties);
        actions = List.copyOf(actions);
    }
}
