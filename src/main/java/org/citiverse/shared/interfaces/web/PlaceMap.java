package org.citiverse.shared.interfaces.web;

import java.util.List;
import java.util.stream.IntStream;
import org.citiverse.shared.application.AddressLookup;

/**
 * A plain SVG map of the streets around a place (drawn from the city's address register, so no
 * tiles and nothing leaves the city's server), with a circle for the distance asked about,
 * numbered marks that link somewhere, and optionally a pin people move. Pages always offer the
 * same information without it: a list beside it, an address field and typed coordinates.
 */
public record PlaceMap(String frame, List<Line> streets, String centreX, String centreY, String radius,
                       List<Point> marks, Point pin) {

    public static final int WIDTH = MapFrame.WIDTH;
    public static final int HEIGHT = MapFrame.HEIGHT;

    /** Something to mark: its id (for a link), what it is, and where (no mark without a position). */
    public record Mark(String id, String label, Double latitude, Double longitude) {
    }

    /** A mark on the drawing, numbered as in the list beside the map. */
    public record Point(String id, String label, String x, String y, int number) {
    }

    /** A street as an SVG polyline, with its name for the label at its middle. */
    public record Line(String name, String points, String labelX, String labelY) {
    }

    /**
     * The map of a circle of {@code radiusMetres} about a place with these marks (numbered from 1
     * in their order) and, when {@code pin} is true, a pin at the place.
     */
    public static PlaceMap around(double latitude, double longitude, double radiusMetres, AddressLookup addresses,
                                  List<Mark> marks, boolean pin) {
        double frameMetres = radiusMetres * 1.15;
        MapFrame frame = MapFrame.around(latitude, longitude, frameMetres);
        double dLat = frameMetres / 111_320.0 * 1.2;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(latitude))) * (double) WIDTH / HEIGHT;
        List<Line> streets = addresses.streets(latitude - dLat, longitude - dLon, latitude + dLat, longitude + dLon)
                .stream().filter(s -> s.points().size() >= 2).map(s -> line(frame, s)).toList();
        List<Mark> placed = marks.stream().filter(m -> m.latitude() != null && m.longitude() != null).toList();
        List<Point> points = IntStream.range(0, placed.size()).mapToObj(i -> new Point(placed.get(i).id(),
                placed.get(i).label(), MapFrame.svg(frame.x(placed.get(i).longitude())),
                MapFrame.svg(frame.y(placed.get(i).latitude())), i + 1)).toList();
        Point here = pin ? new Point(null, null, MapFrame.svg(frame.x(longitude)), MapFrame.svg(frame.y(latitude)), 0)
                : null;
        return new PlaceMap(frame.getData(), streets, MapFrame.svg(frame.x(longitude)),
                MapFrame.svg(frame.y(latitude)), MapFrame.svg(frame.length(radiusMetres)), points, here);
    }

    private static Line line(MapFrame frame, AddressLookup.Street street) {
        StringBuilder points = new StringBuilder();
        for (AddressLookup.Position p : street.points()) {
            points.append(points.isEmpty() ? "" : " ").append(MapFrame.svg(frame.x(p.longitude()))).append(',')
                    .append(MapFrame.svg(frame.y(p.latitude())));
        }
        AddressLookup.Position middle = street.points().get(street.points().size() / 2);
        return new Line(street.name(), points.toString(), MapFrame.svg(frame.x(middle.longitude())),
                MapFrame.svg(frame.y(middle.latitude())));
    }
}
