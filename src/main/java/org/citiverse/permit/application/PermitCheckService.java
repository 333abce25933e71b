package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.permit.domain.CityModelException.Reason;
import org.locationtech.jts.geom.Polygon;

/**
 * The permit check of a planned activity on a parcel: the parcel found by its address or a
 * position, its zone from the city model, geometry computed where the model knows it, and the
 * rule set in force for the activity and the zone's type. A zone type or activity no rules cover
 * is "we cannot decide this online", never a guess.
 */
@ApplicationScoped
public class PermitCheckService {

    /** What the check computes from a planned footprint's {@code width} and {@code depth}: never asked. */
    public static final Set<String> FOOTPRINT_FACTS = Set.of("area", "distanceToBoundary", "coverageAfter");
    /** The zone's limits the check gives the rules: never asked. */
    public static final Set<String> ZONE_FACTS = Set.of("zoneMaxHeight", "zoneMinSetback", "zoneMaxLotCoverage");

    /** A footprint planned at the rear is placed this far from the parcel's rear boundary. */
    private static final double REAR_GAP_METRES = 1.0;

    @Inject
    CityModel model;

    @Inject
    RuleSetService rules;

    @Inject
    jakarta.enterprise.event.Event<org.citiverse.permit.domain.PermitChecked> checked;

    /**
     * Checks an activity on the parcel of {@code addressId} (or, without one, at the position).
     * With a {@code width} and {@code depth} (metres) among the answers, the footprint is placed at
     * the rear of the parcel and its {@code area}, {@code distanceToBoundary} and
     * {@code coverageAfter} are computed and given to the rules with the answers.
     *
     * @throws CityModelException PARCEL_NOT_FOUND, POINT_INVALID, POINT_OUTSIDE_CITY, DIMENSION_INVALID,
     *                            FOOTPRINT_OUTSIDE_PARCEL
     */
    public ParcelCheck check(String addressId, Double latitude, Double longitude, String activity, LocalDate date,
                             Map<String, ?> answers) {
        ParcelView parcel = addressId != null && !addressId.isBlank()
                ? model.parcelOfAddress(addressId.strip()).orElseThrow(() -> new CityModelException(Reason.PARCEL_NOT_FOUND,
                        "no parcel of address " + addressId.strip()))
                : position(latitude, longitude);
        Map<String, Object> facts = new LinkedHashMap<>();
        ParcelView.ZoneView zone = parcel.zone();
        if (zone != null) {
            putIfSet(facts, "zoneMaxHeight", zone.maxHeightM());
            putIfSet(facts, "zoneMinSetback", zone.minSetbackM());
            putIfSet(facts, "zoneMaxLotCoverage", zone.maxLotCoveragePct());
        }
        Map<String, Object> inputs = new LinkedHashMap<>(answers == null ? Map.of() : answers);
        if (inputs.get("width") instanceof Number width && inputs.get("depth") instanceof Number depth) {
            Polygon footprint = model.footprintAtRear(parcel.id(), width.doubleValue(), depth.doubleValue(),
                    REAR_GAP_METRES, new double[] {parcel.centroidLatitude(), parcel.centroidLongitude()});
            facts.put("area", round(width.doubleValue() * depth.doubleValue()));
            facts.put("distanceToBoundary", round(model.distanceToBoundary(parcel.id(), footprint)));
            facts.put("coverageAfter", round(model.coverageWith(parcel.id(), footprint)));
        }
        facts.forEach(inputs::putIfAbsent);
        PermitCheckResult result = zone == null
                ? new PermitCheckResult("UNDECIDED", null, "activity-not-covered", null, null)
                : rules.check(activity, zone.type(), date, inputs);
        checked.fire(new org.citiverse.permit.domain.PermitChecked(activity, zone == null ? null : zone.type(),
                result.outcome(), result.ruleId(), result.ruleSetVersion())); // anonymous: see PermitStatistics
        return new ParcelCheck(parcel.id(), parcel.addressId(), zone, facts, result);
    }

    private ParcelView position(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            throw new CityModelException(Reason.POINT_INVALID, "give addressId, or latitude and longitude");
        }
        return model.parcelAt(latitude, longitude).orElseThrow(() -> new CityModelException(Reason.PARCEL_NOT_FOUND,
                "no parcel at " + latitude + ", " + longitude));
    }

    private static void putIfSet(Map<String, Object> facts, String name, Double value) {
        if (value != null) {
            facts.put(name, value);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
