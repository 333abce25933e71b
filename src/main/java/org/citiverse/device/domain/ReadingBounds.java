package org.citiverse.device.domain;

import jakarta.json.JsonNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.citiverse.shared.domain.DeviceClocks;

/**
 * What no reading of a working device can be, whatever its format: observed before the history the
 * platform keeps (a clock reset to 1970), observed ahead of now by more than a clock may run fast ({@link DeviceClocks}), or a
 * number beyond a double's range (an overflow in the device, or "1e400": its twin's history could not
 * average it). Such a report is refused whole, before anything of it is applied.
 */
public final class ReadingBounds {

    private final Duration maxAge;

    public ReadingBounds(Duration maxAge) {
        this.maxAge = maxAge;
    }

    /** @throws InvalidDeviceMessageException naming the first reading out of bounds */
    public void check(List<Reading> readings, Instant now) {
        Instant oldest = now.minus(maxAge);
        Instant latest = now.plus(DeviceClocks.MAX_SKEW);
        for (Reading reading : readings) {
            if (reading.observedAt().isBefore(oldest)) {
                throw new InvalidDeviceMessageException(Rejection.OBSERVED_TOO_LONG_AGO,
                        "observed " + reading.observedAt());
            }
            if (reading.observedAt().isAfter(latest)) {
                throw new InvalidDeviceMessageException(Rejection.OBSERVED_IN_FUTURE,
                        "observed " + reading.observedAt());
            }
            reading.values().forEach((name, value) -> {
                if (value instanceof JsonNumber n && !Double.isFinite(n.doubleValue())) {
                    throw new InvalidDeviceMessageException(Rejection.NUMBER_OUT_OF_RANGE, "value " + name);
                }
            });
        }
    }
}
