package org.citiverse.permit.application;

import java.util.List;

/** A page of the staff queue: the applications on it and how many the filter finds in all. */
public record ApplicationPage(List<ApplicationSummary> applications, long total, int page, int pageSize) {

    public boolean hasNext() {
        return (long) page * pageSize < total;
    }
}
