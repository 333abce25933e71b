package org.citiverse.complaint.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.complaint.application.ApiKeyView;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.complaint.domain.Submission;

/**
 * Reads Open311 parameters as the specification defines them: comma-separated lists, W3C
 * date-times with their offset, a 90-day default window, at most 1,000 requests (FixMyStreet's
 * page and page_size choose a page), and a submission's form with its attribute[code] answers.
 */
@ApplicationScoped
public class Open311Queries {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    static final int MAX_RESULTS = 1000;
    static final int MAX_IDS = 1000;
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]{1,100})\\](\\[\\])?");

    Clock clock = Clock.systemUTC();

    RequestQuery of(MultivaluedMap<String, String> parameters) {
        int page = positive(parameters.getFirst("page"), "page", 1, Integer.MAX_VALUE / MAX_RESULTS);
        int pageSize = positive(parameters.getFirst("page_size"), "page_size", MAX_RESULTS, MAX_RESULTS);
        List<Long> ids = ids(parameters.getFirst("service_request_id"));
        if (!ids.isEmpty()) {
            // The specification: a list of ids overrides every other argument.
            return new RequestQuery(ids, null, null, null, null, null, null, false, null, page, pageSize);
        }
        Set<String> categories = new LinkedHashSet<>(list(parameters.getFirst("service_code")));
        Set<RequestStatus> statuses = new LinkedHashSet<>();
        for (String status : list(parameters.getFirst("status"))) {
            switch (status.toLowerCase(java.util.Locale.ROOT)) {
                case "open" -> java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen)
                        .forEach(statuses::add);
                case "closed" -> java.util.Arrays.stream(RequestStatus.values()).filter(s -> !s.isOpen())
                        .forEach(statuses::add);
                default -> throw new Open311Refusal(Response.Status.BAD_REQUEST, "status is open or closed.");
            }
        }
        Instant[] window = window(parameters.getFirst("start_date"), parameters.getFirst("end_date"));
        return new RequestQuery(List.of(), categories, statuses, null, null, window[0], window[1], false, null, page,
                pageSize);
    }

    /** The requests, the time window and the page (oldest first) of a servicerequestupdates call. */
    record Window(List<Long> requestIds, Instant from, Instant to, int offset, int limit) {
    }

    Window updateWindow(MultivaluedMap<String, String> parameters) {
        Instant[] window = window(parameters.getFirst("start_date"), parameters.getFirst("end_date"));
        int page = positive(parameters.getFirst("page"), "page", 1, Integer.MAX_VALUE / MAX_RESULTS);
        int pageSize = positive(parameters.getFirst("page_size"), "page_size", MAX_RESULTS, MAX_RESULTS);
        return new Window(ids(parameters.getFirst("service_request_id")), window[0], window[1], (page - 1) * pageSize,
                pageSize);
    }

    /** The submission a POST requests form makes, for the app whose key it carries. */
    Submission submission(MultivaluedMap<String, String> form, ApiKeyView key) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches()) {
                attributes.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(values);
            }
        });
        String name = String.join(" ", nonBlank(form.getFirst("first_name")), nonBlank(form.getFirst("last_name")))
                .strip();
        return new Submission(form.getFirst("service_code"), form.getFirst("description"),
                coordinate(form.getFirst("lat"), "lat"), coordinate(form.getFirst("long"), "long"),
                form.getFirst("address_string"), form.getFirst("address_id"), attributes, form.getFirst("media_url"),
                new Submission.Contact(name, form.getFirst("email"), form.getFirst("phone")),
                Submission.Source.OPEN311, null, key.id(), null);
    }

    /** The query for one request by its number. */
    static RequestQuery one(long id) {
        return new RequestQuery(List.of(id), null, null, null, null, null, null, false, null, 1, 1);
    }

    /** A request number as the API names it, or empty for anything that cannot be one. */
    static Optional<Long> number(String id) {
        if (id == null || !id.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id.strip()));
    }

    private Instant[] window(String start, String end) {
        Instant to = date(end, "end_date");
        Instant from = date(start, "start_date");
        if (from == null && to == null) {
            to = clock.instant();
            from = to.minus(DEFAULT_WINDOW);
        } else if (from == null) {
            from = to.minus(DEFAULT_WINDOW);
        } else if (to == null) {
            to = from.plus(DEFAULT_WINDOW);
        }
        if (from.isAfter(to)) {
            throw new Open311Refusal(Response.Status.BAD_REQUEST, "start_date is after end_date.");
        }
        if (Duration.between(from, to).compareTo(DEFAULT_WINDOW) > 0) {
            throw new Open311Refusal(Response.Status.BAD_REQUEST, "start_date and end_date span at most 90 days.");
        }
        return new Instant[] {from, to};
    }

    private static Instant date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Refusal(Response.Status.BAD_REQUEST, name + " is a date-time with its offset, e.g. "
                    + "2026-12-03T14:03:00+01:00.");
        }
    }

    private static List<Long> ids(String value) {
        List<Long> ids = new ArrayList<>();
        for (String id : list(value)) {
            // An id that cannot exist matches nothing, as an unknown one does.
            number(id).ifPresent(ids::add);
        }
        if (ids.size() > MAX_IDS) {
            throw new Open311Refusal(Response.Status.BAD_REQUEST, "At most 1000 service_request_id values.");
        }
        if (ids.isEmpty() && !list(value).isEmpty()) {
            ids.add(-1L);
        }
        return ids;
    }

    /** A comma-separated parameter as its trimmed, non-empty items (Open311's lists and the platform API's filters). */
    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int positive(String value, String name, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return Math.min(n, max);
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new Open311Refusal(Response.Status.BAD_REQUEST, name + " is a whole number of at least 1.");
    }

    private static Double coordinate(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new Open311Refusal(Response.Status.BAD_REQUEST, name + " is a decimal number of degrees.");
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }
}
