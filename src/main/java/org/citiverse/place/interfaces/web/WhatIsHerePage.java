package org.citiverse.place.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.citiverse.place.application.PlaceException;
import org.citiverse.place.application.WhatIsHere;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * "What is here?" for everyone (FGMV-28 7.3.3): a position (typed, or filled in from the device's
 * location) and a distance give the city's services and the twins the visitor may see there,
 * nearest first. The question lives in the URL so it can be bookmarked and shared.
 */
@Named("whatIsHere")
@RequestScoped
public class WhatIsHerePage {

    @Inject
    WhatIsHere here;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    private String latitude;
    private String longitude;
    private String radius = "500";
    private List<Row> rows;

    /** A place as a row: what kind, its name, a detail and how far away in metres. */
    public record Row(String kind, String name, String detail, String distance) {
    }

    /** View action: answers when a position was given. */
    public void search() {
        if (blank(latitude) && blank(longitude)) {
            return;
        }
        Double lat = number(latitude, "latitude");
        Double lon = number(longitude, "longitude");
        Double metres = number(radius, "radius");
        if (lat == null || lon == null || metres == null) {
            return;
        }
        try {
            rows = here.near(lat, lon, metres, language.getTag()).stream()
                    .map(p -> new Row(p.kind(), p.name(), p.detail(),
                            String.format(Locale.ROOT, "%d", Math.round(p.distanceMetres())))).toList();
        } catch (PlaceException e) {
            messages.error(e.messageKey().endsWith("radius-invalid") ? "radius" : "latitude", e.messageKey());
        }
    }

    private Double number(String value, String field) {
        Double number = messages.number(value, field, "place.numberInvalid");
        if (number == null && blank(value)) {
            messages.error(field, "place.numberInvalid"); // here every field is needed
        }
        return number;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Null until a position was asked about. */
    public List<Row> getRows() {
        return rows;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getRadius() {
        return radius;
    }

    public void setRadius(String radius) {
        this.radius = radius;
    }
}
