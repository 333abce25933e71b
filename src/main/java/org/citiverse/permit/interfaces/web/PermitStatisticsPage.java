package org.citiverse.permit.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.citiverse.permit.application.PermitStatistics;
import org.citiverse.permit.domain.CheckPeriod;
import org.citiverse.permit.domain.CheckStatistics;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * Staff: permit checks of a period ({@code ?from=&to=}). Checks per week as bars drawn on the server
 * (SVG, no script), one row of bars per activity labelled with its name, so no colour has to be told
 * apart; the same figures in a table, which is what screen readers get; outcomes per activity and the
 * rules that decided most. A period that is no period is said on its field, and the default shown.
 */
@Named("permitStatisticsPage")
@RequestScoped
public class PermitStatisticsPage {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 140;
    static final int ROW_HEIGHT = 48;

    @Inject
    PermitStatistics statistics;

    @Inject
    PageMessages messages;

    private String from;
    private String to;
    private CheckStatistics figures;

    public void load() {
        CheckPeriod period;
        try {
            period = statistics.period(from, to);
        } catch (CheckPeriod.Invalid e) {
            messages.error(e.field(), e.messageKey());
            period = statistics.period(null, null);
        }
        figures = statistics.of(period);
    }

    /** One bar of the chart: its position, height, and what it says. */
    public record Bar(int x, int y, int width, int height, String week, long count) {
    }

    /** One activity's row of bars. */
    public record Row(String activity, int labelY, List<Bar> bars) {
    }

    /** The chart's rows, every bar scaled to the largest week of any activity. */
    public List<Row> getRows() {
        CheckStatistics f = getFigures();
        long max = Math.max(1, f.perWeek().stream().flatMap(a -> a.perWeek().stream()).mapToLong(Long::longValue)
                .max().orElse(1));
        int slot = Math.max(1, (WIDTH - LABEL_WIDTH) / Math.max(1, f.weeks().size()));
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < f.perWeek().size(); r++) {
            CheckStatistics.ActivityWeeks a = f.perWeek().get(r);
            int bottom = (r + 1) * ROW_HEIGHT - 4;
            List<Bar> bars = new ArrayList<>();
            for (int w = 0; w < a.perWeek().size(); w++) {
                long n = a.perWeek().get(w);
                int h = (int) Math.round((ROW_HEIGHT - 12) * n / (double) max);
                bars.add(new Bar(LABEL_WIDTH + w * slot + 1, bottom - h, Math.max(1, slot - 2), h, f.weeks().get(w), n));
            }
            rows.add(new Row(a.activity(), bottom - ROW_HEIGHT / 2 + 4, bars));
        }
        return rows;
    }

    public CheckStatistics getFigures() {
        if (figures == null) {
            load();
        }
        return figures;
    }

    /** The address of the CSV of the same period. */
    public String getExportQuery() {
        CheckPeriod p = getFigures().period();
        return "from=" + URLEncoder.encode(p.from().toString(), StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(p.to().toString(), StandardCharsets.UTF_8);
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return Math.max(1, getFigures().perWeek().size()) * ROW_HEIGHT;
    }

    public int getLabelWidth() {
        return LABEL_WIDTH;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
