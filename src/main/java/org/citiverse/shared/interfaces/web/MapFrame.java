package org.citiverse.shared.interfaces.web;

import java.util.Locale;

/**
 * Lays WGS84 positions onto a plain SVG drawing of {@link #WIDTH}×{@link #HEIGHT} (no tiles:
 * nothing leaves the city's server): equirectangular at the middle latitude, which keeps shapes
 * true across a city, framed around a box with a margin and centred. The page's script turns a
 * point on the drawing back into a position with the same figures ({@link #getData}).
 */
public final class MapFrame {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 360;
    private static final int MARGIN = 20;
    private static final double METRES_PER_DEGREE = 111_320.0;

    private final double north;
    private final double west;
    private final double cos;
    private final double scale;
    private final double offsetX;
    private final double offsetY;

    private MapFrame(double south, double west, double north, double east) {
        this.north = north;
        this.west = west;
        this.cos = Math.cos(Math.toRadians((south + north) / 2));
        double spanX = Math.max((east - west) * cos, 1e-6);
        double spanY = Math.max(north - south, 1e-6);
        this.scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
        this.offsetX = MARGIN + ((WIDTH - 2 * MARGIN) - spanX * scale) / 2;
        this.offsetY = MARGIN + ((HEIGHT - 2 * MARGIN) - spanY * scale) / 2;
    }

    /** The frame around a box (south, west, north, east in degrees). */
    public static MapFrame around(double south, double west, double north, double east) {
        return new MapFrame(south, west, north, east);
    }

    /** The frame around a circle of {@code radiusMetres} about a position. */
    public static MapFrame around(double latitude, double longitude, double radiusMetres) {
        double dLat = radiusMetres / METRES_PER_DEGREE;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        return new MapFrame(latitude - dLat, longitude - dLon, latitude + dLat, longitude + dLon);
    }

    public double x(double longitude) {
        return offsetX + (longitude - west) * cos * scale;
    }

    public double y(double latitude) {
        return offsetY + (north - latitude) * scale;
    }

    /** A length on the ground in drawing units. */
    public double length(double metres) {
        return metres / METRES_PER_DEGREE * scale;
    }

    /** A drawing coordinate as SVG wants it: one decimal, a point whatever the language. */
    public static String svg(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The figures the page's script needs to turn a point of the drawing back into a position. */
    public String getData() {
        return String.format(Locale.ROOT, "%.7f %.7f %.9f %.6f %.3f %.3f", north, west, cos, scale, offsetX, offsetY);
    }
}
