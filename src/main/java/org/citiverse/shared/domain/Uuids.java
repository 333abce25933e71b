package org.citiverse.shared.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUIDs: ids that arrive as text (a grant's principal, a device's correlation id), and ids for rows
 * that are only ever appended.
 */
public final class Uuids {

    private Uuids() {
    }

    /** The UUID the text spells, or empty for anything else (including null). */
    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A new id that sorts by its creation time (a version 7 UUID, RFC 9562: milliseconds since the
     * epoch, then random bits). For rows written by the thousand a second (history, the device
     * journal): their primary key index grows at its end, where a random UUID would touch a page
     * anywhere in it for each row, and after every checkpoint write that page's image to the log again.
     */
    public static UUID timeOrdered() {
        return timeOrdered(System.currentTimeMillis());
    }

    /**
     * The lowest time-ordered id of that millisecond: every {@link #timeOrdered} id made before it sorts
     * below it (as PostgreSQL compares UUIDs, byte by byte), so "made before" is a range of the
     * primary key.
     */
    public static UUID firstAt(java.time.Instant time) {
        return new UUID((time.toEpochMilli() & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L, Long.MIN_VALUE);
    }

    static UUID timeOrdered(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | random.nextInt(0x1000);
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | Long.MIN_VALUE;
        return new UUID(high, low);
    }
}
