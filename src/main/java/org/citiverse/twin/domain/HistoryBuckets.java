package org.citiverse.twin.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A twin's state history downsampled into equal time buckets, for charts over long ranges: per
 * bucket and property the last value, and for numbers also minimum, maximum and mean. Reports
 * are added oldest first in one pass; memory grows with the buckets, not the reports.
 */
public final class HistoryBuckets {

    /** More buckets than this is no longer a summary. */
    public static final int MAX_BUCKETS = 1000;

    private final Instant from;
    private final Duration every;
    private final TreeMap<Long, Bucket> buckets = new TreeMap<>();

    /**
     * @throws TwinException when the range or width is not positive or gives more than {@link #MAX_BUCKETS} buckets
     */
    public HistoryBuckets(Instant from, Instant to, Duration every) {
        if (every == null || every.isNegative() || every.isZero() || !to.isAfter(from)
                || Duration.between(from, to).dividedBy(every) >= MAX_BUCKETS) {
            throw new TwinException(TwinException.Reason.RANGE_INVALID);
        }
        this.from = from;
        this.every = every;
    }

    /** One report observed at a time within the range. */
    public void add(Instant observedAt, JsonObject values) {
        long index = Duration.between(from, observedAt).dividedBy(every);
        buckets.computeIfAbsent(index, i -> new Bucket(from.plus(every.multipliedBy(i)))).add(values);
    }

    /** The buckets that received reports, oldest first. */
    public List<Bucket> buckets() {
        return new ArrayList<>(buckets.values());
    }

    /** The reports in one time bucket. */
    public static final class Bucket {

        private final Instant start;
        private int count;
        private final Map<String, Summary> values = new LinkedHashMap<>();

        Bucket(Instant start) {
            this.start = start;
        }

        void add(JsonObject report) {
            count++;
            report.forEach((name, value) -> values.computeIfAbsent(name, n -> new Summary()).add(value));
        }

        public Instant start() {
            return start;
        }

        public int count() {
            return count;
        }

        public Map<String, Summary> values() {
            return values;
        }
    }

    /** One property in one bucket: its last value; for numbers, minimum, maximum and mean too. */
    public static final class Summary {

        private JsonValue last = JsonValue.NULL;
        private int numbers;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private double sum;

        void add(JsonValue value) {
            last = value;
            if (value instanceof JsonNumber n) {
                double d = n.doubleValue();
                numbers++;
                min = Math.min(min, d);
                max = Math.max(max, d);
                sum += d;
            }
        }

        public JsonValue last() {
            return last;
        }

        /** Whether any value was a number (then min, max and mean mean something). */
        public boolean numeric() {
            return numbers > 0;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        public double mean() {
            return sum / numbers;
        }
    }
}
