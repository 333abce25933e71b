package org.citiverse.simulator.domain;

import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.random.RandomGenerator;

/** A doorbell (L1): rings now and then (reported once pressed, once released) and reports its battery. */
public final class Doorbell extends SimulatedDevice {

    private final double ringChance;
    private boolean ringing; // the button is down
    private boolean pressed;
    private double battery = 100;

    /** @param ringChance the chance a guest rings in one tick */
    public Doorbell(String id, String name, double ringChance) {
        super(id, name);
        this.ringChance = ringChance;
    }

    @Override
    public String profile() {
        return "doorbell";
    }

    @Override
    public String twinType() {
        return "doorbell";
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("pressed", "BOOLEAN", "battery", "NUMBER");
    }

    /** A guest presses the button (the next tick reports it). */
    public synchronized void press() {
        pressed = true;
    }

    /** A ring is reported ahead of other devices' readings. */
    @Override
    public synchronized boolean urgent() {
        return ringing;
    }

    @Override
    protected void state(JsonObjectBuilder values) {
        values.add("pressed", ringing).add("battery", Math.round(battery * 10) / 10.0);
    }

    @Override
    protected boolean step(RandomGenerator random) {
        battery = Math.max(0, battery - 0.01);
        if (pressed || !ringing && random.nextDouble() < ringChance) {
            pressed = false;
            ringing = true;
            return true;
        }
        if (ringing) {
            ringing = false;
            return true;
        }
        return false;
    }
}
