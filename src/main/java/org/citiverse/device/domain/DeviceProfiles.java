package org.citiverse.device.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in device profiles: for simple devices that do not describe themselves, a Thing Description
 * shipped with the platform ({@code org/citiverse/device/profiles/<name>.td.json}), read once. A
 * device registered with one of these names is described by it until it sends its own.
 */
public final class DeviceProfiles {

    static final List<String> NAMES = List.of("camera", "door-lock", "doorbell", "generic", "street-light",
            "thermometer", "water-level");

    private static final Map<String, ThingDescription> ALL = load();

    private DeviceProfiles() {
    }

    /** The profile of this name, if it is a built-in one (other names are free labels). */
    public static Optional<ThingDescription> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Every built-in profile by name, in name order. */
    public static Map<String, ThingDescription> all() {
        return ALL;
    }

    private static Map<String, ThingDescription> load() {
        Map<String, ThingDescription> profiles = new LinkedHashMap<>();
        for (String name : NAMES) {
            String resource = "/org/citiverse/device/profiles/" + name + ".td.json";
            try (InputStream in = DeviceProfiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                profiles.put(name, ThingDescription.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return Collections.unmodifiableMap(profiles);
    }
}
