package org.citiverse.permit.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter of the staff queue, ordered by decision deadline (soonest first; only applications sent in).
 *
 * @param statuses  any of these; empty for every status but DRAFT
 * @param activity  null for any
 * @param zone      a zone type or zone code; null for any
 * @param assignee  {@link #NOBODY}, a staff subject, or null for anyone
 * @param overdue   only those past their deadline and not paused
 * @param page      from 1
 */
public record ApplicationQuery(Set<ApplicationStatus> statuses, String activity, String zone, String assignee,
                               boolean overdue, LocalDate today, int page, int pageSize) {

    /** The assignee filter "given to nobody". */
    public static final String NOBODY = "";

    public ApplicationQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
