package org.citiverse.permit.application;

import java.util.UUID;

/**
 * The answer of a check.
 *
 * @param outcome        PERMIT_FREE, PERMIT_REQUIRED, NOT_ALLOWED or UNDECIDED ("we cannot decide this online")
 * @param ruleId         the rule it comes from; null when undecided
 * @param reason         a reason key (permit.reason.&lt;key&gt; in the bundles)
 * @param ruleSetId      the rule set that answered; null when none is in force
 * @param ruleSetVersion its version number; null when none is in force
 */
public record PermitCheckResult(String outcome, String ruleId, String reason, UUID ruleSetId,
                                Integer ruleSetVersion) {
}
