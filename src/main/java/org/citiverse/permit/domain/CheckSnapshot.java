package org.citiverse.permit.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The permit check an application was made from, as it was on that day: where (address, parcel, zone),
 * what (activity, the applicant's answers, what the city model computed), and what the rules said,
 * with the rule set's id and version. Kept with the application so staff review what the citizen saw
 * even after the rules change.
 */
public record CheckSnapshot(String addressId, String parcelId, String zoneCode, String zoneType, String activity,
                            Map<String, Object> answers, Map<String, Object> facts, String outcome, String ruleId,
                            String reason, UUID ruleSetId, Integer ruleSetVersion, LocalDate checkDate) {

    public CheckSnapshot {
        // In the order given: the questions as they were asked.
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers == null ? Map.of() : answers));
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts == null ? Map.of() : facts));
    }
}
