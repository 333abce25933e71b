package org.citiverse.permit.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.citiverse.permit.domain.DecisionTerm;
import org.citiverse.permit.domain.PermitApplicationException;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * What the permit application pages share: dates in the city's calendar in the person's language,
 * statuses, activities, kinds of document, the questions and answers of a check and the rules'
 * reasons from the bundles (a code without a text is shown as it is), and a refusal put on its field.
 */
@Named("permitApplicationText")
@ApplicationScoped
public class PermitApplicationText {

    private static final String MESSAGES = "org.citiverse.i18n.messages";

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    /** A day, e.g. "27 April 2026" / "27 april 2026". */
    public String date(LocalDate day) {
        return day == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.getLocale()).format(day);
    }

    /** A moment in the city's time, to the minute. */
    public String time(Instant at) {
        return at == null ? "–" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DecisionTerm.CITY)
                .format(at);
    }

    public String status(String status) {
        return messages.text("permitApplication.status." + status);
    }

    public String activity(String activity) {
        return known("permitApplication.activity." + activity, activity);
    }

    public String kind(String kind) {
        return known("permitApplication.kind." + kind, kind);
    }

    public String outcome(String outcome) {
        return known("permitApplication.outcome." + outcome, outcome);
    }

    /** The rules' reason, as the check explained it. */
    public String reason(String reason) {
        return reason == null ? "–" : known("permit.reason." + reason, reason);
    }

    /** The question an answer of a check is to. */
    public String question(String name) {
        return known("permitApplication.question." + name, name);
    }

    /** An answer or fact: a choice in words, numbers as they are, yes/no. */
    public String value(Object value) {
        if (value instanceof Boolean b) {
            return messages.text(b ? "permitApplication.yes" : "permitApplication.no");
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value == null ? "–" : known("permitApplication.value." + value, String.valueOf(value));
    }

    /** A size in kB or MB. */
    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? "%.1f MB".formatted(bytes / (1024.0 * 1024.0))
                : Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }

    /** The entries of a map for a page to list (Faces iterates lists, not maps). */
    public List<Map.Entry<String, Object>> entries(Map<String, Object> map) {
        return map == null ? List.of() : List.copyOf(map.entrySet());
    }

    /** The kinds named, in words, comma-separated. */
    public String kinds(List<String> kinds) {
        return String.join(", ", kinds.stream().map(this::kind).toList());
    }

    /** Shows a refusal on a field (null: for the page), with what exactly when known (missing kinds, a file). */
    public void refused(PermitApplicationException e, String field) {
        String text = messages.text(e.messageKey());
        if (e.reason() == PermitApplicationException.Reason.DOCUMENTS_MISSING) {
            text = text + ": " + kinds(e.details());
        } else if (!e.details().isEmpty() && e.reason().name().startsWith("DOCUMENT_")) {
            text = e.details().get(0) + ": " + text;
        }
        messages.error(field, "permitApplication.refused", text);
    }

    private String known(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(MESSAGES, language.getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
