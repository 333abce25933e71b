package org.citiverse.permit.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What permit statistics count checks by: the day and what the rules were asked and said. Values
 * that are absent are stored as "" (zone, rule) or 0 (rule set version) so that the key is a plain
 * primary key.
 */
public record CheckKey(LocalDate day, String activity, String zoneType, String outcome, String ruleId,
                       int ruleSetVersion) {

    /** The activity of checks whose activity no rule set knows: the statistics never keep free text. */
    public static final String OTHER_ACTIVITY = "other";
    static final int MAX_RULE_ID = 40;

    /** The key of a check made on a day. */
    public static CheckKey of(LocalDate day, PermitChecked check) {
        String activity = check.activity() == null ? "" : check.activity().strip().toLowerCase(Locale.ROOT);
        return new CheckKey(day, RuleSet.CODE.matcher(activity).matches() ? activity : OTHER_ACTIVITY,
                orEmpty(check.zoneType(), 40), check.outcome() == null ? Outcome.UNDECIDED.name() : check.outcome(),
                orEmpty(check.ruleId(), MAX_RULE_ID), check.ruleSetVersion() == null ? 0 : check.ruleSetVersion());
    }

    /** The same key with the activity counted as {@value #OTHER_ACTIVITY}. */
    public CheckKey asOtherActivity() {
        return new CheckKey(day, OTHER_ACTIVITY, zoneType, outcome, ruleId, ruleSetVersion);
    }

    private static String orEmpty(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
