package org.citiverse.permit.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A permit check as citizens read it (the result page, the printable page, the PDF, the API):
 * the place as the city model knows it, the question and answers, what was computed, and the
 * rules' answer with where it comes from.
 *
 * @param addressLabel  the address as the register writes it; null for a check at a position
 * @param parcelAreaM2  null when the city model no longer has the parcel (a saved check)
 * @param answers       name → answer (number, text, true/false), in question order
 * @param facts         name → what the city model computed or the zone sets
 * @param effectiveFrom the date the answering rule set took effect; null when none answered
 * @param savedId       the id of the kept check; null for a check not kept
 * @param checkedAt     when it was kept; null for a check not kept
 */
public record CheckReport(String addressId, String addressLabel, String parcelId, Double parcelAreaM2,
                          List<ParcelView.BuildingView> buildings, ParcelView.ZoneView zone, String activity,
                          Map<String, Object> answers, Map<String, Object> facts, PermitCheckResult result,
                          LocalDate effectiveFrom, UUID savedId, Instant checkedAt) {

    public CheckReport {
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    /** The same check, kept under this id at this time. */
    public CheckReport saved(UUID id, Instant at) {
        return new CheckReport(addressId, addressLabel, parcelId, parcelAreaM2, buildings, zone, activity, answers,
                facts, result, effectiveFrom, id, at);
    }
}
