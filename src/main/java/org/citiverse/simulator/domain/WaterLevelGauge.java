package org.citiverse.simulator.domain;

import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.random.RandomGenerator;

/** A water-level gauge (L1): the level wanders around its normal height and is reported every tick. */
public final class WaterLevelGauge extends SimulatedDevice {

    static final double NORMAL_CM = 120;

    private double level = NORMAL_CM;

    public WaterLevelGauge(String id, String name) {
        super(id, name);
    }

    @Override
    public String profile() {
        return "water-level";
    }

    @Override
    public String twinType() {
        return "water-level-sensor";
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("level", "NUMBER");
    }

    @Override
    protected void state(JsonObjectBuilder values) {
        values.add("level", Math.round(level * 10) / 10.0);
    }

    @Override
    protected boolean step(RandomGenerator random) {
        // A random walk pulled back towards the normal level.
        level += random.nextGaussian() * 1.5 + (NORMAL_CM - level) * 0.05;
        return true;
    }
}
