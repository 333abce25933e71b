package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.ComplaintStatistics;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/**
 * Staff: the reports dashboard. Reports per week as a bar chart drawn on the server (SVG, no
 * script) with the same figures in a table by category and week, which is what screen readers get;
 * open, closed and overdue counts and the median time to close.
 */
@Named("dashboardPage")
@RequestScoped
public class DashboardPage {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;

    @Inject
    ComplaintService complaints;

    @Inject
    LanguageSelection language;

    private int weeks = 12;
    private ComplaintStatistics statistics;

    public void load() {
        weeks = Math.max(4, Math.min(52, weeks));
        statistics = complaints.statistics(weeks, language.getTag());
    }

    /** One bar of the chart: its position, height, and what it says. */
    public record Bar(int x, int y, int width, int height, String week, long count) {
    }

    public List<Bar> getBars() {
        List<Long> perWeek = getStatistics().perWeek();
        long max = Math.max(1, perWeek.stream().mapToLong(Long::longValue).max().orElse(1));
        int slot = WIDTH / perWeek.size();
        return java.util.stream.IntStream.range(0, perWeek.size()).mapToObj(i -> {
            int h = (int) Math.round((HEIGHT - 20) * perWeek.get(i) / (double) max);
            return new Bar(i * slot + 4, HEIGHT - h, slot - 8, h, getStatistics().weeks().get(i), perWeek.get(i));
        }).toList();
    }

    /** The median time to close as days and hours. */
    public String getMedian() {
        if (getStatistics().medianToClose() == null) {
            return "–";
        }
        long hours = getStatistics().medianToClose().toHours();
        return String.format(Locale.ROOT, "%d d %d h", hours / 24, hours % 24);
    }

    public ComplaintStatistics getStatistics() {
        if (statistics == null) {
            load(); // the weeks were no number: the default, with the error above
        }
        return statistics;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = weeks;
    }
}
