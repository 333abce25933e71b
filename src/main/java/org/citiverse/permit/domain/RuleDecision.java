package org.citiverse.permit.domain;

/**
 * The answer of one evaluation.
 *
 * @param outcome what the rules say
 * @param ruleId  the rule that decided it (the table's ruleId output), null when undecided
 * @param reason  a reason key the portal translates (permit.reason.&lt;key&gt;), e.g. {@code fence-front-low}
 */
public record RuleDecision(Outcome outcome, String ruleId, String reason) {

    /** No rule matched these inputs. */
    public static final String NO_RULE = "no-rule-matched";
    /** The rules failed on these inputs (a missing or wrongly typed answer, a broken expression). */
    public static final String EVALUATION_FAILED = "evaluation-failed";
    /** No rule set is in force for the activity and zone type. */
    public static final String NOT_COVERED = "activity-not-covered";

    public static RuleDecision undecided(String reason) {
        return new RuleDecision(Outcome.UNDECIDED, null, reason);
    }
}
