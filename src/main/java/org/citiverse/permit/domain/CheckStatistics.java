package org.citiverse.permit.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Permit checks in a period, from the stored counts: per ISO week and activity, outcomes per
 * activity, and the rules that decided most. Activities are in alphabetical order.
 *
 * @param weeks      the ISO weeks of the period (e.g. 2026-W49), oldest first
 * @param perWeek    per activity, the checks of each week
 * @param weekTotals all checks of each week
 * @param outcomes   per activity, how many checks had each outcome
 * @param topRules   the rules that decided most checks, most first (at most {@value #TOP_RULES})
 * @param total      all checks of the period
 */
public record CheckStatistics(CheckPeriod period, List<String> weeks, List<ActivityWeeks> perWeek,
                              List<Long> weekTotals, List<ActivityOutcomes> outcomes, List<RuleCount> topRules,
                              long total) {

    public static final int TOP_RULES = 10;

    /** One stored count. */
    public record Count(CheckKey key, long checks) {
    }

    /** An activity's checks per week. */
    public record ActivityWeeks(String activity, List<Long> perWeek, long total) {
    }

    /** An activity's checks by outcome. */
    public record ActivityOutcomes(String activity, long permitFree, long permitRequired, long notAllowed,
                                   long undecided, long total) {
    }

    /** A rule (of a version of a rule set) and how many checks it decided. */
    public record RuleCount(String activity, String zoneType, String ruleId, int ruleSetVersion, long checks) {
    }

    /** Adds up the counts of the period (counts outside it are ignored). */
    public static CheckStatistics of(CheckPeriod period, List<Count> counts) {
        List<LocalDate> weekStarts = new ArrayList<>();
        for (LocalDate w = monday(period.from()); !w.isAfter(period.to()); w = w.plusWeeks(1)) {
            weekStarts.add(w);
        }
        Map<String, long[]> weekly = new TreeMap<>();
        Map<String, long[]> outcomes = new TreeMap<>();
        Map<RuleCount, Long> rules = new LinkedHashMap<>();
        long[] weekTotals = new long[weekStarts.size()];
        long total = 0;
        for (Count c : counts) {
            LocalDate day = c.key().day();
            if (day.isBefore(period.from()) || day.isAfter(period.to())) {
                continue;
            }
            int week = weekStarts.indexOf(monday(day));
            String activity = c.key().activity();
            weekly.computeIfAbsent(activity, a -> new long[weekStarts.size()])[week] += c.checks();
            weekTotals[week] += c.checks();
            outcomes.computeIfAbsent(activity, a -> new long[4])[outcomeIndex(c.key().outcome())] += c.checks();
            if (!c.key().ruleId().isEmpty()) {
                rules.merge(new RuleCount(activity, c.key().zoneType(), c.key().ruleId(), c.key().ruleSetVersion(), 0),
                        c.checks(), Long::sum);
            }
            total += c.checks();
        }
        List<ActivityWeeks> perWeek = weekly.entrySet().stream().map(e -> new ActivityWeeks(e.getKey(),
                boxed(e.getValue()), sum(e.getValue()))).toList();
        List<ActivityOutcomes> byOutcome = outcomes.entrySet().stream().map(e -> new ActivityOutcomes(e.getKey(),
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], sum(e.getValue()))).toList();
        List<RuleCount> top = rules.entrySet().stream()
                .map(e -> new RuleCount(e.getKey().activity(), e.getKey().zoneType(), e.getKey().ruleId(),
                        e.getKey().ruleSetVersion(), e.getValue()))
                .sorted(Comparator.comparingLong(RuleCount::checks).reversed()
                        .thenComparing(RuleCount::activity).thenComparing(RuleCount::ruleId))
                .limit(TOP_RULES).toList();
        List<String> labels = weekStarts.stream().map(CheckStatistics::label).toList();
        return new CheckStatistics(period, labels, perWeek, boxed(weekTotals), byOutcome, top, total);
    }

    /** An ISO week as people write it, e.g. 2026-W49. */
    static String label(LocalDate monday) {
        return String.format(java.util.Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int outcomeIndex(String outcome) {
        return switch (outcome) {
            case "PERMIT_FREE" -> 0;
            case "PERMIT_REQUIRED" -> 1;
            case "NOT_ALLOWED" -> 2;
            default -> 3;
        };
    }

    private static List<Long> boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }
}
