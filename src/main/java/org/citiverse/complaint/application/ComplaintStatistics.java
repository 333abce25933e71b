package org.citiverse.complaint.application;

import java.time.Duration;
import java.util.List;

/**
 * The figures of the staff dashboard: reports per category per week (the last weeks, oldest first),
 * how many are open and closed, how many are overdue, and the median time to close.
 *
 * @param weeks          the weeks shown, as "2026-W49"
 * @param medianToClose  the median of the latest {@code sample} closings; null when none closed yet
 */
public record ComplaintStatistics(List<String> weeks, List<CategoryWeeks> categories, long open, long closed,
                                  long overdue, Duration medianToClose, int sample) {

    /** One category's reports per week (in the order of {@code weeks}) and in all. */
    public record CategoryWeeks(String code, String name, List<Long> perWeek, long total) {
    }

    /** Reports per week over all categories. */
    public List<Long> perWeek() {
        return java.util.stream.IntStream.range(0, weeks.size())
                .mapToObj(i -> categories.stream().mapToLong(c -> c.perWeek().get(i)).sum()).toList();
    }
}
