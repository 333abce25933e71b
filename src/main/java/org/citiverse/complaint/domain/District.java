package org.citiverse.complaint.domain;

import java.util.ArrayList;
import java.util.List;
import org.citiverse.shared.domain.CityArea;

/**
 * A named part of the city staff filter the queue by (a box in WGS84). Set by the server variable
 * {@code complaint.areas} as "Name=south,west,north,east;Name=…".
 */
public record District(String name, CityArea box) {

    public static List<District> parseAll(String areas) {
        List<District> districts = new ArrayList<>();
        if (areas == null || areas.isBlank()) {
            return districts;
        }
        for (String area : areas.split(";")) {
            int eq = area.indexOf('=');
            if (eq <= 0 || area.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("an area is Name=south,west,north,east: " + area);
            }
            districts.add(new District(area.substring(0, eq).strip(), CityArea.parse(area.substring(eq + 1))));
        }
        return List.copyOf(districts);
    }
}
