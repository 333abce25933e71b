package org.citiverse.permit.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stored counts of permit checks (one row per day, activity, zone type, outcome, rule and version). */
public interface CheckCountRepository {

    /** Adds the counts to those stored (a new row for a key not seen before). */
    void add(Map<CheckKey, Long> counts);

    /** The counts of the period. */
    List<CheckStatistics.Count> between(CheckPeriod period);

    /** The activities some rule set is for (checks of any other activity are counted as "other"). */
    Set<String> knownActivities();
}
