package org.citiverse.simulator.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A door lock (L2): unlocked, opened (unlocked and the latch drawn) and locked by command; an unlocked
 * door locks itself again after a while.
 */
public final class DoorLock extends SimulatedDevice {

    static final int RELOCK_TICKS = 6;

    private boolean locked = true;
    private boolean open;
    private double battery = 100;
    private int openTicks;

    public DoorLock(String id, String name) {
        super(id, name);
    }

    @Override
    public String profile() {
        return "door-lock";
    }

    @Override
    public String twinType() {
        return "door-lock";
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("locked", "BOOLEAN", "open", "BOOLEAN", "battery", "NUMBER");
    }

    @Override
    public List<String> actions() {
        return List.of("lock", "unlock", "open");
    }

    @Override
    protected void state(JsonObjectBuilder values) {
        values.add("locked", locked).add("open", open).add("battery", Math.round(battery * 10) / 10.0);
    }

    @Override
    protected boolean step(RandomGenerator random) {
        if (!locked && ++openTicks >= RELOCK_TICKS) {
            locked = true;
            open = false;
            return true;
        }
        return false;
    }

    @Override
    protected String carryOut(String command, JsonObject parameters, Instant now) {
        battery = Math.max(0, battery - 0.05);
        locked = "lock".equals(command);
        open = "open".equals(command);
        openTicks = 0;
        return locked ? "locked" : open ? "opened" : "unlocked";
    }

    @Override
    protected String failure() {
        return "the bolt is jammed";
    }
}
