package org.citiverse.device.domain;

import java.time.Instant;
import org.citiverse.shared.domain.PlainText;

/** The firmware a device last named, and when it named it (so a late report cannot bring back an older one). */
public record Firmware(String version, Instant namedAt) {

    /** The longest version kept; a longer value is not taken for one. */
    public static final int MAX_LENGTH = 64;

    /**
     * What is kept after the device names {@code candidate} at {@code at}: the candidate, unless it is
     * no version (blank, too long, control characters) or was named before the one kept.
     */
    public static Firmware kept(Firmware current, String candidate, Instant at) {
        String clean = PlainText.clean(candidate, MAX_LENGTH);
        return clean != null && (current == null || !at.isBefore(current.namedAt())) ? new Firmware(clean, at)
                : current;
    }
}
