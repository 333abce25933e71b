package org.citiverse.twin.interfaces.web;

import java.util.List;
import java.util.Locale;
import org.citiverse.twin.application.TwinView;

/**
 * Search results placed by their coordinates on a plain SVG map (no tiles: nothing leaves the
 * city's server), each a link to the twin. The search circle, when there is one, is drawn too. The
 * results list on the same page holds the same twins and is the way to use them without the map.
 */
public record TwinMap(List<Point> points, Point centre, String radius) {

    static final int WIDTH = 600;
    static final int HEIGHT = 360;
    private static final int MARGIN = 20;

    /** A twin on the map, or the search centre (without id). */
    public record Point(String id, String name, String x, String y) {
    }

    /**
     * The map of the twins that have a place, framed around them (and the search circle), or null
     * when none has one.
     */
    static TwinMap of(List<TwinView> twins, Double nearLatitude, Double nearLongitude, Double radiusMetres) {
        List<TwinView> placed = twins.stream().filter(t -> t.location() != null).toList();
        if (placed.isEmpty()) {
            return null;
        }
        double minLat = placed.stream().mapToDouble(t -> t.location().latitude()).min().orElseThrow();
        double maxLat = placed.stream().mapToDouble(t -> t.location().latitude()).max().orElseThrow();
        double minLon = placed.stream().mapToDouble(t -> t.location().longitude()).min().orElseThrow();
        double maxLon = placed.stream().mapToDouble(t -> t.location().longitude()).max().orElseThrow();
        boolean circle = nearLatitude != null && nearLongitude != null && radiusMetres != null;
        if (circle) {
            double dLat = radiusMetres / 111_320.0;
            double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(nearLatitude)));
            minLat = Math.min(minLat, nearLatitude - dLat);
            maxLat = Math.max(maxLat, nearLatitude + dLat);
            minLon = Math.min(minLon, nearLongitude - dLon);
            maxLon = Math.max(maxLon, nearLongitude + dLon);
        }
        // Equirectangular at the middle latitude: true to shape across a city.
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * cos, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
        double left = minLon;
        double top = maxLat;
        Projection project = (lat, lon) -> new double[] {
                MARGIN + (lon - left) * cos * scale + ((WIDTH - 2 * MARGIN) - spanX * scale) / 2,
                MARGIN + (top - lat) * scale + ((HEIGHT - 2 * MARGIN) - spanY * scale) / 2};
        List<Point> points = placed.stream().map(t -> {
            double[] xy = project.at(t.location().latitude(), t.location().longitude());
            return new Point(t.id(), t.name(), coordinate(xy[0]), coordinate(xy[1]));
        }).toList();
        if (!circle) {
            return new TwinMap(points, null, null);
        }
        double[] c = project.at(nearLatitude, nearLongitude);
        return new TwinMap(points, new Point(null, null, coordinate(c[0]), coordinate(c[1])),
                coordinate(radiusMetres / 111_320.0 * scale));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private interface Projection {
        double[] at(double latitude, double longitude);
    }
}
