package org.citiverse.permit.interfaces.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.citiverse.permit.application.Question;

/**
 * The words of a permit check in one language: activities, questions (label, help, unit, choices),
 * answers, outcomes, reasons and computed facts, from the bundles
 * ({@code permit.activity.<code>.label|help}, {@code permit.question.<name>.label|help|unit|choice.<value>},
 * {@code permit.fact.<name>.label|unit}, {@code permit.outcome.<OUTCOME>}, {@code permit.reason.<key>}).
 * Rule sets staff add name inputs and reasons the bundles may not know yet: those read as their
 * names in words ("distanceToRoofEdge" → "Distance to roof edge"), never as a blank.
 */
public final class PermitWording {

    private static final String MESSAGES = "org.citiverse.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public PermitWording(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(MESSAGES, locale);
    }

    /** A text of the bundles, or null when it has none. */
    public String optional(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** A text of the bundles with its {0}… filled in. */
    public String text(String key, Object... params) {
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(params);
    }

    public String activity(String code) {
        return or(optional("permit.activity." + code + ".label"), words(code));
    }

    public String activityHelp(String code) {
        return or(optional("permit.activity." + code + ".help"), "");
    }

    public String label(String name) {
        return or(optional("permit.question." + name + ".label"), words(name));
    }

    /** The help text of a question; the rule set's own description when the bundles have none. */
    public String help(Question q) {
        return or(optional("permit.question." + q.name() + ".help"), q.description() == null ? "" : q.description());
    }

    /** The unit a number is given in ("m", "m²"), or empty. */
    public String unit(String name) {
        return or(optional("permit.question." + name + ".unit"), "");
    }

    public String choice(String name, String value) {
        return or(optional("permit.question." + name + ".choice." + value), words(value));
    }

    /** An answer as written for the citizen: a number in the language's way with its unit, a choice by its label. */
    public String answer(String name, Object value) {
        if (value instanceof BigDecimal || value instanceof Number) {
            String unit = unit(name);
            return number(value) + (unit.isEmpty() ? "" : " " + unit);
        }
        if (value instanceof Boolean b) {
            return text(b ? "permit.yes" : "permit.no");
        }
        return value == null ? "–" : choice(name, value.toString());
    }

    public String fact(String name) {
        return or(optional("permit.fact." + name + ".label"), words(name));
    }

    public String factValue(String name, Object value) {
        String unit = optional("permit.fact." + name + ".unit");
        return number(value) + (unit == null ? "" : " " + unit);
    }

    public String outcome(String outcome) {
        return or(optional("permit.outcome." + outcome), outcome);
    }

    public String reason(String key) {
        return key == null ? "" : or(optional("permit.reason." + key), words(key));
    }

    public String number(Object value) {
        if (!(value instanceof Number n)) {
            return String.valueOf(value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
    }

    public String date(LocalDate date) {
        return date == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A code or camelCase name in words: "solar-panels" → "Solar panels", "distanceToRoofEdge" → "Distance to roof edge". */
    static String words(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ')
                .toLowerCase(Locale.ROOT).strip();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String or(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
