package org.citiverse.permit.domain;

import java.util.List;

/**
 * Reads what a decision model asks for (a port; the DMN engine's model API is adapted in
 * infrastructure), so the portal asks citizens exactly the questions the rules in force need.
 */
public interface RuleModelReader {

    /**
     * The inputs of the model's {@value RuleEngine#DECISION} decision, in the order the model declares them.
     *
     * @throws PermitException DMN_INVALID when the model cannot be read
     */
    List<RuleInput> inputs(String dmnXml);
}
