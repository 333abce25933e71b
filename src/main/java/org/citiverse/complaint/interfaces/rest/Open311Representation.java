package org.citiverse.complaint.interfaces.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.complaint.application.CategoryView;
import org.citiverse.complaint.application.PublicRequestView;
import org.citiverse.complaint.application.RequestView;
import org.citiverse.complaint.application.UpdateView;
import org.citiverse.complaint.domain.PublicRequest;
import org.citiverse.complaint.interfaces.rest.Open311Body.Items;

/**
 * Our views in the shapes GeoReport v2 names (discovery, services, service definitions, requests) and
 * FixMyStreet's request updates; times in the city's zone with their offset, as the
 * specification's W3C date-times.
 */
final class Open311Representation {

    private final java.time.zone.ZoneRules zone;

    Open311Representation(ZoneId zone) {
        this.zone = zone.getRules();
    }

    /** yyyy-MM-ddTHH:mm:ss+hh:mm in the city's zone (written by hand: a formatter costs more than the rest of a row). */
    String time(Instant instant) {
        if (instant == null) {
            return null;
        }
        java.time.ZoneOffset offset = zone.getOffset(instant);
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, offset);
        StringBuilder b = new StringBuilder(25);
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append('T');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
        return b.append(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId()).toString();
    }

    private static StringBuilder two(StringBuilder b, int value) {
        return b.append(value < 10 ? "0" : "").append(value);
    }

    /** Service Discovery: this one GeoReport v2 endpoint at {@code url}, in both formats. */
    static Map<String, Object> discovery(String url, String contact, String keyService) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", Open311Resource.SPECIFICATION);
        endpoint.put("url", url);
        endpoint.put("changeset", Open311Resource.CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", new Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", Open311Resource.CHANGESET);
        discovery.put("contact", contact);
        discovery.put("key_service", keyService);
        discovery.put("endpoints", new Items("endpoint", List.of(endpoint)));
        return discovery;
    }

    static Map<String, Object> service(CategoryView c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", c.code());
        s.put("service_name", c.name());
        s.put("description", c.description());
        s.put("metadata", c.hasQuestions());
        s.put("type", "realtime");
        s.put("keywords", String.join(",", c.keywords()));
        s.put("group", c.group());
        return s;
    }

    static Map<String, Object> definition(CategoryView c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", c.code());
        d.put("attributes", new Items("attribute", c.questions().stream().map(Open311Representation::attribute)
                .toList()));
        return d;
    }

    private static Map<String, Object> attribute(CategoryView.Question q) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("variable", true);
        a.put("code", q.code());
        a.put("datatype", q.datatype());
        a.put("required", q.required());
        a.put("datatype_description", datatypeDescription(q.datatype()));
        a.put("order", q.order());
        a.put("description", q.description());
        if (!q.values().isEmpty()) {
            a.put("values", new Items("value", q.values().stream().map(v -> {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("key", v.key());
                value.put("name", v.name());
                return value;
            }).toList()));
        }
        return a;
    }

    private static String datatypeDescription(String datatype) {
        return switch (datatype) {
            case "number" -> "A decimal number.";
            case "datetime" -> "A date and time with its offset, e.g. 2026-12-03T14:03:00+01:00.";
            case "string" -> "Text of at most 200 characters.";
            case "text" -> "Text of at most 2000 characters.";
            case "multivaluelist" -> "One or more keys of the values, each as attribute[code][]=key.";
            default -> "One key of the values.";
        };
    }

    /**
     * A request as GeoReport v2 lists it. {@code photos} is where its photos are served (…/{id}/photos/):
     * without a media_url of its own, its first published photo is its media_url.
     */
    Map<String, Object> request(PublicRequestView view, String photos) {
        PublicRequest r = view.request();
        String status = r.status().open311();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(r.id()));
        m.put("status", status);
        m.put("status_notes", r.publicNote());
        m.put("service_name", view.categoryName());
        m.put("service_code", r.categoryCode());
        m.put("description", r.description());
        m.put("agency_responsible", r.departmentCode());
        m.put("service_notice", null);
        m.put("requested_datetime", time(r.requestedAt()));
        m.put("updated_datetime", time(r.updatedAt()));
        m.put("expected_datetime", status.equals("open") ? time(r.dueAt()) : null);
        m.put("address", r.address());
        m.put("address_id", r.addressId());
        m.put("zipcode", null);
        m.put("lat", r.latitude());
        m.put("long", r.longitude());
        m.put("media_url", r.mediaUrl() != null || r.firstPhoto() == null ? r.mediaUrl()
                : photos + r.id() + "/photos/" + r.firstPhoto());
        return m;
    }

    static Map<String, Object> filed(RequestView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(r.id()));
        m.put("service_notice", "Due by " + r.dueAt().truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10) + ".");
        m.put("account_id", null);
        return m;
    }

    static Map<String, Object> token(RequestView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", String.valueOf(r.id()));
        m.put("token", r.token().toString());
        return m;
    }

    Map<String, Object> update(UpdateView u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("update_id", String.valueOf(u.id()));
        m.put("service_request_id", String.valueOf(u.requestId()));
        m.put("status", u.extendedStatus());
        m.put("updated_datetime", time(u.createdAt()));
        m.put("description", u.note());
        m.put("media_url", null);
        return m;
    }

    /** What a posted update answers: the id the update got here. */
    static Map<String, Object> commented(UpdateView u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("update_id", String.valueOf(u.id()));
        return m;
    }

    static Items items(String element, List<Map<String, Object>> list) {
        return new Items(element, list);
    }
}
