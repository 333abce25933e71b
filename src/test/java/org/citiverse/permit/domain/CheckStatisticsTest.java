package org.citiverse.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding up stored check counts into the figures staff see, and the periods they may ask for. */
class CheckStatisticsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30); // ISO week 2026-W49

    private static CheckStatistics.Count count(LocalDate day, String activity, String outcome, String rule, long n) {
        return new CheckStatistics.Count(new CheckKey(day, activity, "residential", outcome, rule, 1), n);
    }

    @Test
    void checksAreAddedUpPerWeekAndActivityWithOutcomesAndTheRulesThatFireMost() {
        CheckPeriod period = new CheckPeriod(MONDAY.minusDays(7), MONDAY.plusDays(6));
        CheckStatistics s = CheckStatistics.of(period, List.of(
                count(MONDAY.minusDays(7), "fence", "PERMIT_FREE", "F2", 3),
                count(MONDAY.minusDays(1), "fence", "PERMIT_REQUIRED", "F3", 2), // Sunday: still week 48
                count(MONDAY, "fence", "PERMIT_FREE", "F2", 4),
                count(MONDAY.plusDays(2), "dormer", "UNDECIDED", "", 5),
                count(MONDAY.plusDays(3), "dormer", "NOT_ALLOWED", "D9", 1),
                count(MONDAY.plusDays(7), "fence", "PERMIT_FREE", "F2", 100))); // after the period: left out
        assertEquals(List.of("2026-W48", "2026-W49"), s.weeks());
        assertEquals(List.of(new CheckStatistics.ActivityWeeks("dormer", List.of(0L, 6L), 6),
                new CheckStatistics.ActivityWeeks("fence", List.of(5L, 4L), 9)), s.perWeek());
        assertEquals(List.of(5L, 10L), s.weekTotals());
        assertEquals(15, s.total());
        assertEquals(List.of(new CheckStatistics.ActivityOutcomes("dormer", 0, 0, 1, 5, 6),
                new CheckStatistics.ActivityOutcomes("fence", 7, 2, 0, 0, 9)), s.outcomes());
        assertEquals(List.of(new CheckStatistics.RuleCount("fence", "residential", "F2", 1, 7),
                new CheckStatistics.RuleCount("fence", "residential", "F3", 1, 2),
                new CheckStatistics.RuleCount("dormer", "residential", "D9", 1, 1)), s.topRules(),
                "undecided checks name no rule");
    }

    @Test
    void weeksAcrossTheNewYearAreIsoWeeksAndAnEmptyPeriodHasZeroes() {
        CheckStatistics s = CheckStatistics.of(new CheckPeriod(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 10)),
                List.of());
        assertEquals(List.of("2026-W53", "2027-W01"), s.weeks());
        assertEquals(List.of(0L, 0L), s.weekTotals());
        assertEquals(List.of(), s.perWeek());
    }

    @Test
    void onlyTheMostFrequentRulesAreListed() {
        List<CheckStatistics.Count> many = new java.util.ArrayList<>();
        for (int i = 1; i <= CheckStatistics.TOP_RULES + 5; i++) {
            many.add(count(MONDAY, "fence", "PERMIT_FREE", "R" + i, i));
        }
        List<CheckStatistics.RuleCount> top = CheckStatistics.of(new CheckPeriod(MONDAY, MONDAY), many).topRules();
        assertEquals(CheckStatistics.TOP_RULES, top.size());
        assertEquals("R15", top.get(0).ruleId());
        assertEquals("R6", top.get(CheckStatistics.TOP_RULES - 1).ruleId());
    }

    @Test
    void aPeriodIsTwoDatesOrTheLastTwelveWeeksAndNothingElse() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertEquals(new CheckPeriod(today.minusDays(83), today), CheckPeriod.parse(null, " ", today));
        assertEquals(new CheckPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 25)),
                CheckPeriod.parse("2026-01-01", null, today));
        assertEquals(new CheckPeriod(LocalDate.of(2026, 11, 1), today), CheckPeriod.parse("2026-11-01", "", today));
        assertEquals(CheckPeriod.Invalid.Reason.FROM_INVALID,
                assertThrows(CheckPeriod.Invalid.class, () -> CheckPeriod.parse("yesterday", null, today)).reason());
        assertEquals(CheckPeriod.Invalid.Reason.TO_INVALID,
                assertThrows(CheckPeriod.Invalid.class, () -> CheckPeriod.parse(null, "2026-13-01", today)).reason());
        CheckPeriod.Invalid backwards = assertThrows(CheckPeriod.Invalid.class,
                () -> CheckPeriod.parse("2026-12-02", "2026-12-01", today));
        assertEquals(CheckPeriod.Invalid.Reason.TO_BEFORE_FROM, backwards.reason());
        assertEquals("permit.statistics.error.to-before-from", backwards.messageKey());
        assertEquals(CheckPeriod.Invalid.Reason.TOO_LONG,
                assertThrows(CheckPeriod.Invalid.class, () -> CheckPeriod.parse("2020-01-01", "2026-01-01", today)).reason());
    }

    @Test
    void aCheckIsKeptWithoutFreeTextAndWithoutNulls() {
        CheckKey typed = CheckKey.of(MONDAY, new PermitChecked("My shed at Oudegracht 12!", null, "UNDECIDED", null, null));
        assertEquals(new CheckKey(MONDAY, CheckKey.OTHER_ACTIVITY, "", "UNDECIDED", "", 0), typed);
        CheckKey fence = CheckKey.of(MONDAY, new PermitChecked(" Fence ", "residential", "PERMIT_FREE", "F2", 3));
        assertEquals(new CheckKey(MONDAY, "fence", "residential", "PERMIT_FREE", "F2", 3), fence);
    }
}
