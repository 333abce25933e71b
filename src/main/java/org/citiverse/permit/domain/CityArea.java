package org.citiverse.permit.domain;

/**
 * The box the city lies in (WGS84), "south,west,north,east" as in the server variable
 * {@code complaint.city.bounds}: the city model holds geometry inside it only.
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
        return south + "," + west + "," + north + "," + east;
    }
}
