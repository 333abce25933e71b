package org.citiverse.permit.domain;

import java.util.List;

/**
 * The {@value RuleEngine#DECISION} decision table of a rule set as people read it: its columns and
 * its rules in table order, each entry as the model writes it (FEEL, e.g. {@code (0..1]}, or
 * {@code -} for any value).
 *
 * @param hitPolicy which rule wins when several match (FIRST or UNIQUE)
 */
public record DecisionTable(String hitPolicy, List<Column> inputs, List<Column> outputs, List<Rule> rules) {

    /** The entry meaning "any value". */
    public static final String ANY = "-";

    /**
     * A column.
     *
     * @param name the input's or output's name (e.g. {@code height})
     * @param type its type as the model declares it (e.g. {@code number}), or null
     */
    public record Column(String name, String type) {
    }

    /**
     * A rule.
     *
     * @param number      its place in the table, from 1
     * @param line        its line in the file, or null when not known
     * @param inputs      one entry per input column
     * @param outputs     one entry per output column
     * @param annotation  the rule's description, or null
     */
    public record Rule(int number, Integer line, List<String> inputs, List<String> outputs, String annotation) {
    }
}
