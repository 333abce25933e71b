package org.citiverse.simulator.domain;

import java.util.ArrayList;
import java.util.List;

/** The simulated devices of a scenario, with stable ids so a restarted simulation finds its own again. */
public final class CityFleet {

    /** Every simulated device's id starts with this. */
    public static final String PREFIX = "sim-";

    private static final String HOME = "Home ";

    private CityFleet() {
    }

    /** The home a device belongs to ("Home 3" for "Home 3 doorbell"), or null: a home's devices share its twin. */
    public static String home(SimulatedDevice device) {
        String name = device.name();
        return name.startsWith(HOME) ? name.substring(0, name.indexOf(' ', HOME.length())) : null;
    }

    /** The devices, their ids starting with the prefix (which starts with {@link #PREFIX}). */
    public static List<SimulatedDevice> of(Scenario scenario, String prefix) {
        List<SimulatedDevice> devices = new ArrayList<>();
        for (int h = 1; h <= scenario.homes(); h++) {
            devices.add(new Doorbell(prefix + "home" + h + "-doorbell", HOME + h + " doorbell", 0.002));
            devices.add(new DoorLock(prefix + "home" + h + "-lock", HOME + h + " front door lock"));
            devices.add(new Camera(prefix + "home" + h + "-camera", HOME + h + " door camera"));
        }
        for (int l = 1; l <= scenario.streetLights(); l++) {
            devices.add(new StreetLight(prefix + "light" + l, "Street light " + l, 0.002));
        }
        for (int g = 1; g <= scenario.gauges(); g++) {
            devices.add(new WaterLevelGauge(prefix + "gauge" + g, "Canal gauge " + g));
        }
        return devices;
    }
}
