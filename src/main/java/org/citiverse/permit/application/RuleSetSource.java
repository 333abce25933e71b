package org.citiverse.permit.application;

/** A rule set shipped with the application (installed when there are none yet). */
public record RuleSetSource(String activity, String zoneType, String dmn, String testCases) {
}
