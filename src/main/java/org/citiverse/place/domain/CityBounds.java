package org.citiverse.place.domain;

import java.util.Locale;

/**
 * The box the city lies in (WGS84), "south,west,north,east" as in the server variable
 * {@code complaint.city.bounds}: the register holds this city's addresses only.
 */
public record CityBounds(double south, double west, double north, double east) {

    public CityBounds {
        if (!(south < north && west < east && south >= -90 && north <= 90 && west >= -180 && east <= 180)) {
            throw new IllegalArgumentException("city bounds must be south,west,north,east in degrees");
        }
    }

    public static CityBounds parse(String bounds) {
        String[] parts = bounds.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("city bounds must be south,west,north,east in degrees: " + bounds);
        }
        return new CityBounds(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", south, west, north, east);
    }
}
