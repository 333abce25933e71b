package org.citiverse.device.domain;

import java.util.List;
import java.util.Optional;

/** Registered devices. */
public interface DeviceRegistry {

    Optional<Device> find(String deviceId);

    /**
     * The device under its row lock until the transaction ends: one device's messages are taken
     * one at a time, each on the last-seen state the previous one left.
     */
    Optional<Device> findLocked(String deviceId);

    /** @throws DeviceException ID_TAKEN when another registration of the id got there first */
    void add(Device device);

    /** The active device that reports for (and acts on) a twin, if any. */
    Optional<Device> activeFor(String twinId);

    void add(Actuation actuation);

    /** Devices that reported for a twin that is gone report for none; returns how many. */
    int unlinkFrom(String twinId);

    /** A command by its id, read under its row lock (answers to one command are taken one at a time). */
    Optional<Actuation> actuation(java.util.UUID id);

    /** A device's commands that wait for it, oldest first. */
    List<Actuation> pendingFor(String deviceId);

    /** The device's newest commands first, at most {@code limit}. */
    List<Actuation> actuationsOf(String deviceId, int limit);

    /** Open commands (pending or sent) whose expiry has passed, oldest first, at most {@code limit}. */
    /**
     * Waiting commands whose device has been seen since they were issued: a report that raced with the
     * command's issue did not see it, and the next reports, finding the device online, do not look.
     */
    List<Actuation> pendingForSeenDevices(int limit);

    List<Actuation> openExpiredBy(java.time.Instant now, int limit);

    /** How many devices have this status. */
    long count(DeviceStatus status);

    /** How many active devices reported at or after the cutoff. */
    long activeSeenSince(java.time.Instant cutoff);

    /** The devices a household claimed, by name. */
    List<Device> claimedBy(java.util.UUID householdId);

    /**
     * A page of devices, by id: each filter may be null (any) — one status, one profile, and not seen
     * since a moment (never seen counts as not seen).
     */
    List<Device> list(DeviceStatus status, String profile, java.time.Instant notSeenSince, int offset, int limit);
}
