package org.citiverse.simulator.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** A door lock (L2): opened and locked by command; an opened door locks itself again after a while. */
public final class DoorLock extends SimulatedDevice {

    static final int RELOCK_TICKS = 6;

    private boolean locked = true;
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
        return Map.of("locked", "BOOLEAN");
    }

    @Override
    public List<String> actions() {
        return List.of("open", "lock");
    }

    @Override
    protected void state(JsonObjectBuilder values) {
        values.add("locked", locked);
    }

    @Override
    protected boolean step(RandomGenerator random) {
        if (!locked && ++openTicks >= RELOCK_TICKS) {
            locked = true;
            return true;
        }
        return false;
    }

    @Override
    protected String carryOut(String command, JsonObject parameters, Instant now) {
        locked = !"open".equals(command);
        openTicks = 0;
        return locked ? "locked" : "opened";
    }

    @Override
    protected String failure() {
        return "the bolt is jammed";
    }
}
