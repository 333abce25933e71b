package org.citiverse.permit.domain;

import java.util.List;

/**
 * The decision engine (a port; the DMN engine is adapted in infrastructure). A rule set's model has
 * a decision named {@value #DECISION}: a decision table, hit policy FIRST or UNIQUE, whose outputs
 * are {@value #OUTCOME}, {@value #RULE_ID} and {@value #REASON} (docs/PERMIT-RULES.md).
 */
public interface RuleEngine {

    String DECISION = "permit";
    String OUTCOME = "outcome";
    String RULE_ID = "ruleId";
    String REASON = "reason";

    /** Every problem of the model (schema, model, compilation, incomplete rules, the decision's shape); empty when fine. */
    List<RuleProblem> validate(String dmnXml);

    /**
     * Compiles a model that {@link #validate} accepted.
     *
     * @throws PermitException DMN_INVALID when it does not compile after all
     */
    CompiledRules compile(String dmnXml);
}
