package org.citiverse.simulator.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A street light (L2): switched on and off by command, reporting its power draw. Its lamp fails at
 * random (no power drawn while on, {@code lampFault} true) and is repaired after a while.
 */
public final class StreetLight extends SimulatedDevice {

    static final double WATTS = 38.0;

    private final double faultChance;
    private boolean on = true;
    private boolean lampFault;
    private double power = WATTS;
    private int ticks;

    /** @param faultChance the chance its lamp fails in one tick */
    public StreetLight(String id, String name, double faultChance) {
        super(id, name);
        this.faultChance = faultChance;
    }

    @Override
    public String profile() {
        return "street-light";
    }

    @Override
    public String twinType() {
        return "street-light";
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("on", "BOOLEAN", "lampFault", "BOOLEAN", "power", "NUMBER");
    }

    @Override
    public List<String> actions() {
        return List.of("switch");
    }

    @Override
    protected void state(JsonObjectBuilder values) {
        values.add("on", on).add("lampFault", lampFault).add("power", Math.round(power * 10) / 10.0);
    }

    @Override
    protected boolean step(RandomGenerator random) {
        boolean changed = false;
        if (!lampFault && random.nextDouble() < faultChance) {
            lampFault = true;
            changed = true;
        } else if (lampFault && random.nextDouble() < 0.05) {
            lampFault = false; // the crew came by
            changed = true;
        }
        power = on && !lampFault ? WATTS + random.nextDouble() - 0.5 : 0;
        return changed || ++ticks % 12 == 0;
    }

    /** {@code switch} with {@code {"on": true|false}}, or without parameters to toggle. */
    @Override
    protected String carryOut(String command, JsonObject parameters, Instant now) {
        JsonValue wanted = parameters.get("on");
        on = wanted == null ? !on : wanted == JsonValue.TRUE;
        power = on && !lampFault ? WATTS : 0;
        return on ? "switched on" : "switched off";
    }

    @Override
    protected String failure() {
        return "the relay did not switch";
    }
}
