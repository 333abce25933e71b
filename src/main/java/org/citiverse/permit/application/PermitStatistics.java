package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.permit.domain.CheckCountRepository;
import org.citiverse.permit.domain.CheckKey;
import org.citiverse.permit.domain.CheckPeriod;
import org.citiverse.permit.domain.CheckStatistics;
import org.citiverse.permit.domain.CheckTally;
import org.citiverse.permit.domain.PermitChecked;

/**
 * Statistics of permit checks, anonymous: each check is counted by day, activity, zone type,
 * outcome, rule and rule-set version, nothing else.
 *
 * <p>Counting observes {@link PermitChecked} synchronously but only adds one to a counter in memory
 * ({@link CheckTally}): well under a microsecond, less than handing the event to another thread
 * would cost, so the check does not wait for the database. {@link #flush} writes the counts (run
 * every few seconds, and before figures are read, so staff always see every check made so far). A
 * server that stops abruptly loses at most the last few seconds of counts; they are statistics, not
 * records.
 */
@ApplicationScoped
public class PermitStatistics {

    @Inject
    CheckCountRepository counts;

    Clock clock = Clock.systemUTC();

    private final CheckTally tally = new CheckTally();

    void checked(@Observes PermitChecked check) {
        tally.count(CheckKey.of(LocalDate.now(clock.withZone(RuleSetService.CITY)), check));
    }

    /**
     * Adds the checks counted so far to the stored counts; an activity no rule set is for is stored as
     * {@value CheckKey#OTHER_ACTIVITY} (whatever was typed as an activity stays out of the database).
     * Counts that cannot be stored are kept for the next time.
     */
    public void flush() {
        Map<CheckKey, Long> drained = tally.drain();
        if (drained.isEmpty()) {
            return;
        }
        try {
            Set<String> known = counts.knownActivities();
            Map<CheckKey, Long> stored = new HashMap<>();
            drained.forEach((k, n) -> stored.merge(known.contains(k.activity()) ? k : k.asOtherActivity(), n,
                    Long::sum));
            counts.add(stored);
        } catch (RuntimeException e) {
            tally.restore(drained);
            throw e;
        }
    }

    /** The figures of a period, with every check counted until now. */
    public CheckStatistics of(CheckPeriod period) {
        flush();
        return CheckStatistics.of(period, counts.between(period));
    }

    /** The stored counts of a period, by day, activity, zone type, outcome and rule (for export). */
    public List<CheckStatistics.Count> counts(CheckPeriod period) {
        flush();
        return counts.between(period).stream().sorted(Comparator.comparing((CheckStatistics.Count c) -> c.key().day())
                .thenComparing(c -> c.key().activity()).thenComparing(c -> c.key().zoneType())
                .thenComparing(c -> c.key().outcome()).thenComparing(c -> c.key().ruleId())
                .thenComparingInt(c -> c.key().ruleSetVersion())).toList();
    }

    /** The period of two typed dates, ending today by default (the city's today). */
    public CheckPeriod period(String from, String to) {
        return CheckPeriod.parse(from, to, LocalDate.now(clock.withZone(RuleSetService.CITY)));
    }

    /** Checks counted but not yet stored. */
    public long pending() {
        return tally.pending();
    }
}
