package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.NearbyRequest;
import org.citiverse.shared.application.AddressLookup;
import org.citiverse.shared.application.AddressLookup.AddressMatch;
import org.citiverse.shared.domain.RuleViolation;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.citiverse.shared.interfaces.web.PlaceMap;

/**
 * "What has been reported around here?" for everyone: a place found by its address (or a
 * position typed, or taken from the device), the reports of the last days around it as a list
 * and on a map of the streets, open or closed, without personal data. The question lives in the
 * URL, so it can be bookmarked and shared; the list is the way to use it without the map.
 */
@Named("nearbyReports")
@RequestScoped
public class NearbyReportsPage {

    static final int MAX_REPORTS = 100;
    private static final double MAX_RADIUS = 2_000;

    @Inject
    ComplaintService complaints;

    @Inject
    AddressLookup addresses;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    ComplaintText text;

    private String address;
    private String latitude;
    private String longitude;
    private String radius = "500";
    private String days = "30";
    private List<AddressMatch> choices = List.of();
    private String placeName;
    private List<NearbyRequest> reports;
    private PlaceMap map;

    /** View action: finds the place, then what was reported around it. */
    public void search() {
        Double lat = messages.number(latitude, "latitude", "place.numberInvalid");
        Double lon = messages.number(longitude, "longitude", "place.numberInvalid");
        if (lat == null || lon == null) {
            if (!blank(address) && blank(latitude) && blank(longitude)) {
                find();
            }
            return;
        }
        Double metres = messages.number(radius, "radius", "nearby.radius.invalid");
        Double since = messages.number(days, "days", "nearby.days.invalid");
        if (metres == null || metres <= 0 || metres > MAX_RADIUS) {
            messages.error("radius", "nearby.radius.invalid");
            return;
        }
        if (since == null || since < 1 || since > 365) {
            messages.error("days", "nearby.days.invalid");
            return;
        }
        try {
            complaints.checkPlace(lat, lon, null);
            placeName = addresses.nearest(lat, lon).map(AddressMatch::label).orElse(null);
        } catch (RuleViolation e) {
            messages.error("latitude", e.messageKey());
            return;
        }
        reports = complaints.recentNear(lat, lon, metres, since.intValue(), MAX_REPORTS, language.getTag());
        map = PlaceMap.around(lat, lon, metres, addresses, reports.stream()
                .map(n -> new PlaceMap.Mark(String.valueOf(n.request().id()), n.request().categoryName() + ", "
                        + text.status(n.request().status()), n.request().latitude(), n.request().longitude()))
                .toList(), false);
    }

    /** The address typed: one match is the place, several are offered, none is said next to the field. */
    private void find() {
        try {
            choices = addresses.search(address, 10);
        } catch (RuleViolation e) {
            messages.error("address", e.messageKey());
            return;
        }
        if (choices.isEmpty()) {
            messages.error("address", "nearby.address.none");
        } else if (choices.size() == 1) {
            AddressMatch only = choices.get(0);
            latitude = String.valueOf(only.latitude());
            longitude = String.valueOf(only.longitude());
            choices = List.of();
            search();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The distance of a report as people read it: metres, rounded to tens. */
    public String distance(NearbyRequest n) {
        return String.valueOf(Math.round(n.metres() / 10) * 10);
    }

    public List<AddressMatch> getChoices() {
        return choices;
    }

    public String getPlaceName() {
        return placeName;
    }

    /** Null until a place was asked about. */
    public List<NearbyRequest> getReports() {
        return reports;
    }

    public PlaceMap getMap() {
        return map;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
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
        this.radius = radius == null || radius.isBlank() ? "500" : radius;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days == null || days.isBlank() ? "30" : days;
    }
}
