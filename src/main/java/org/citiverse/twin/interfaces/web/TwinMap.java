package org.citiverse.twin.interfaces.web;

import java.util.List;
import org.citiverse.shared.interfaces.web.MapFrame;
import org.citiverse.twin.application.TwinView;

/**
 * Search results placed by their coordinates on a plain SVG map (no tiles: nothing leaves the
 * city's server), each a link to the twin. The search circle, when there is one, is drawn too. The
 * results list on the same page holds the same twins and is the way to use them without the map.
 */
public record TwinMap(List<Point> points, Point centre, String radius) {

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
        MapFrame frame = MapFrame.around(minLat, minLon, maxLat, maxLon);
        List<Point> points = placed.stream().map(t -> new Point(t.id(), t.name(),
                MapFrame.svg(frame.x(t.location().longitude())), MapFrame.svg(frame.y(t.location().latitude()))))
                .toList();
        if (!circle) {
            return new TwinMap(points, null, null);
        }
        return new TwinMap(points, new Point(null, null, MapFrame.svg(frame.x(nearLongitude)),
                MapFrame.svg(frame.y(nearLatitude))), MapFrame.svg(frame.length(radiusMetres)));
    }
}
