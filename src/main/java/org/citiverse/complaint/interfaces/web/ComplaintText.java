package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the complaint pages share: times in the city's zone, status names from the bundles, and a
 * broken rule put on the field it is about (so the error summary links to it).
 */
@Named("complaintText")
@ApplicationScoped
public class ComplaintText {

    @Inject
    PageMessages messages;

    @Inject
    @ConfigProperty(name = "complaint.time.zone", defaultValue = "Europe/Amsterdam")
    String timeZone;

    /** A moment in the city's local time, to the minute. */
    public String local(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(timeZone))
                .format(at);
    }

    /** A status in the person's language. */
    public String status(String status) {
        return messages.text("complaint.status." + status);
    }

    /**
     * Shows a refusal on its field: {@code fields} maps the rule's field (an Open311 name or an
     * attribute code) to the page's input id; anything else is shown for the page.
     */
    public void refused(ComplaintException e, java.util.function.Function<String, String> fields) {
        String field = e.field() == null ? null : fields.apply(e.field());
        messages.error(field, e.messageKey());
    }
}
