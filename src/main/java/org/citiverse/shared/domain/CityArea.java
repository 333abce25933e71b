package org.citiverse.shared.domain;

import java.util.Locale;

/**
 * A box on the map in WGS84 degrees: the box the city lies in (the server variable
 * {@code complaint.city.bounds}, "south,west,north,east": reports, addresses and the city model
 * outside it are for another city) and the named areas staff filter by.
 */
public record CityArea(double south, double west, double north, double east) {

    public CityArea {
        if (!(south < north && west < east && south >= -90 && north <= 90 && west >= -180 && east <= 180)) {
            throw new IllegalArgumentException("city bounds must be south,west,north,east in degrees");
        }
    }

    public static CityArea parse(String bounds) {
        String[] parts = bounds.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("city bounds must be south,west,north,east in degrees: " + bounds);
        }
        return new CityArea(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
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
