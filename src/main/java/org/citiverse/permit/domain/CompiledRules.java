package org.citiverse.permit.domain;

import java.util.Map;

/** A decision model ready to evaluate; safe to share between threads. */
public interface CompiledRules {

    /**
     * Evaluates the model's {@value RuleEngine#DECISION} decision.
     *
     * @param inputs input name → value (numbers, text, true/false)
     * @return the decision; {@link Outcome#UNDECIDED} when no rule matched or the evaluation failed
     */
    RuleDecision evaluate(Map<String, Object> inputs);
}
