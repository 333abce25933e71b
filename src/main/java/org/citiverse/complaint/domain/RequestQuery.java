package org.citiverse.complaint.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.citiverse.shared.domain.CityArea;

/**
 * Which requests to list: by ids, categories, statuses, department, reporter, source, a time window
 * on when they were filed, overdue only, and staff's triage (who works it, priority, area); in an
 * order (newest first unless asked), one page.
 */
public record RequestQuery(List<Long> ids, Set<String> categories, Set<RequestStatus> statuses, String department,
                           String reporter, Instant from, Instant to, boolean overdueOnly, Instant now, int page,
                           int pageSize, Submission.Source source, Order order, Triage triage) {

    /** The orders a list can have. */
    public enum Order { NEWEST, OLDEST, DUE, PRIORITY }

    /**
     * Staff's filters: the assignee's subject ({@link #NOBODY} for requests nobody works), a
     * priority, an area of the city; null for any.
     */
    public record Triage(String assignee, Priority priority, CityArea area) {

        public static final String NOBODY = "";
        public static final Triage ANY = new Triage(null, null, null);

        /**
         * The assignee a queue's filter names: "me" (the caller's subject), "none" (nobody), a
         * subject, or blank for anyone (null).
         */
        public static String assignee(String asked, String me) {
            String a = asked == null ? "" : asked.strip();
            return switch (a) {
                case "" -> null;
                case "none" -> NOBODY;
                case "me" -> me;
                default -> a;
            };
        }
    }

    public RequestQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        page = Math.max(1, page);
        order = order == null ? Order.NEWEST : order;
        triage = triage == null ? Triage.ANY : triage;
    }

    public RequestQuery(List<Long> ids, Set<String> categories, Set<RequestStatus> statuses, String department,
                        String reporter, Instant from, Instant to, boolean overdueOnly, Instant now, int page,
                        int pageSize, Submission.Source source, Order order) {
        this(ids, categories, statuses, department, reporter, from, to, overdueOnly, now, page, pageSize, source,
                order, null);
    }

    public RequestQuery(List<Long> ids, Set<String> categories, Set<RequestStatus> statuses, String department,
                        String reporter, Instant from, Instant to, boolean overdueOnly, Instant now, int page,
                        int pageSize) {
        this(ids, categories, statuses, department, reporter, from, to, overdueOnly, now, page, pageSize, null, null,
                null);
    }

    /**
     * True or false when the statuses asked for are exactly the open or exactly the closed ones (an
     * indexed column answers those); null otherwise.
     */
    public Boolean openness() {
        Set<RequestStatus> open = java.util.EnumSet.noneOf(RequestStatus.class);
        java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).forEach(open::add);
        if (statuses.equals(open)) {
            return true;
        }
        return statuses.equals(java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(open))) ? false : null;
    }

    /** Where the page starts; a page beyond any list starts at the end (no overflow into a negative offset). */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize);
    }
}
