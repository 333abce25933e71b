package org.citiverse.permit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.permit.domain.CheckCountRepository;
import org.citiverse.permit.domain.CheckKey;
import org.citiverse.permit.domain.CheckPeriod;
import org.citiverse.permit.domain.CheckStatistics;
import org.citiverse.permit.domain.PermitChecked;
import org.junit.jupiter.api.Test;

/** Recording checks: the city's day, activities no rule set knows as "other", counts kept when the database fails. */
class PermitStatisticsTest {

    /** Counts in a map; fails on demand. */
    static final class Counts implements CheckCountRepository {
        final Map<CheckKey, Long> stored = new HashMap<>();
        boolean failing;

        @Override
        public void add(Map<CheckKey, Long> counts) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            counts.forEach((k, n) -> stored.merge(k, n, Long::sum));
        }

        @Override
        public List<CheckStatistics.Count> between(CheckPeriod period) {
            List<CheckStatistics.Count> out = new ArrayList<>();
            stored.forEach((k, n) -> out.add(new CheckStatistics.Count(k, n)));
            return out;
        }

        @Override
        public Set<String> knownActivities() {
            return Set.of("fence", "dormer");
        }
    }

    private final Counts counts = new Counts();
    private final PermitStatistics statistics = new PermitStatistics();

    PermitStatisticsTest() {
        statistics.counts = counts;
        // 23:30 UTC on 2 December is already 3 December in the city
        statistics.clock = Clock.fixed(Instant.parse("2026-12-02T23:30:00Z"), ZoneOffset.UTC);
    }

    @Test
    void checksAreCountedOnTheCitysDayAndUnknownActivitiesAsOther() {
        statistics.checked(new PermitChecked("fence", "residential", "PERMIT_FREE", "F2", 1));
        statistics.checked(new PermitChecked("fence", "residential", "PERMIT_FREE", "F2", 1));
        statistics.checked(new PermitChecked("swimming-pool", "residential", "UNDECIDED", null, null));
        statistics.checked(new PermitChecked("jacuzzi", "residential", "UNDECIDED", null, null));
        CheckStatistics s = statistics.of(statistics.period(null, null));
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertEquals(Map.of(new CheckKey(day, "fence", "residential", "PERMIT_FREE", "F2", 1), 2L,
                new CheckKey(day, CheckKey.OTHER_ACTIVITY, "residential", "UNDECIDED", "", 0), 2L), counts.stored);
        assertEquals(4, s.total());
        assertEquals(day, s.period().to());
    }

    @Test
    void countsThatCannotBeStoredAreKeptForTheNextRound() {
        statistics.checked(new PermitChecked("dormer", "residential", "PERMIT_REQUIRED", "D2", 2));
        counts.failing = true;
        assertThrows(IllegalStateException.class, statistics::flush);
        assertEquals(1, statistics.pending());
        counts.failing = false;
        statistics.flush();
        assertEquals(0, statistics.pending());
        assertEquals(List.of(1L), List.copyOf(counts.stored.values()));
    }
}
