package org.citiverse.permit.domain;

import java.util.Optional;

/** Reads the decision table of a decision model, to show it (a port; the DMN model is read in infrastructure). */
public interface DecisionTableReader {

    /** The {@value RuleEngine#DECISION} decision's table, or empty when the model has none. */
    Optional<DecisionTable> read(String dmnXml);
}
