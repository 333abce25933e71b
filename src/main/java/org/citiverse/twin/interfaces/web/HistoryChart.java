package org.citiverse.twin.interfaces.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citiverse.twin.domain.HistoryBuckets;

/**
 * One number property's downsampled history as a line chart drawn on the server (an SVG polyline:
 * no script, nothing for the content security policy to allow), with its figures as rows for the
 * table that is the chart's text alternative.
 */
public record HistoryChart(String property, String points, String lowest, String highest, List<Row> rows) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;

    /** One bucket as text: start (UTC), mean, minimum, maximum. */
    public record Row(String start, String mean, String min, String max) {
    }

    /** The chart of one property over [from, to), or null when no bucket has a number for it. */
    static HistoryChart of(String property, List<HistoryBuckets.Bucket> buckets, Instant from, Instant to) {
        List<HistoryBuckets.Bucket> withValue = buckets.stream()
                .filter(b -> b.values().containsKey(property) && b.values().get(property).numeric()).toList();
        if (withValue.isEmpty()) {
            return null;
        }
        double low = withValue.stream().mapToDouble(b -> b.values().get(property).min()).min().orElseThrow();
        double high = withValue.stream().mapToDouble(b -> b.values().get(property).max()).max().orElseThrow();
        double span = Duration.between(from, to).toMillis();
        StringBuilder points = new StringBuilder();
        List<Row> rows = new ArrayList<>();
        for (HistoryBuckets.Bucket b : withValue) {
            HistoryBuckets.Summary s = b.values().get(property);
            double x = Duration.between(from, b.start()).toMillis() / span * WIDTH;
            double y = high == low ? HEIGHT / 2.0 : HEIGHT - (s.mean() - low) / (high - low) * HEIGHT;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            rows.add(new Row(b.start().toString(), number(s.mean()), number(s.min()), number(s.max())));
        }
        return new HistoryChart(property, points.toString().strip(), number(low), number(high), rows);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
