package org.citiverse.permit.domain;

/**
 * Something wrong with an uploaded decision model, in plain words.
 *
 * @param line    the line of the file it is on, or null when the engine does not say
 * @param message what is wrong
 */
public record RuleProblem(Integer line, String message) {

    @Override
    public String toString() {
        return line == null ? message : "line " + line + ": " + message;
    }
}
