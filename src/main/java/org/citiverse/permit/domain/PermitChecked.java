package org.citiverse.permit.domain;

/**
 * A permit check was answered (a domain event for statistics). It carries nothing about who asked
 * or where: no address, parcel or person, only what the rules were asked and said.
 *
 * @param activity       the activity as asked (statistics keep only codes rule sets know)
 * @param zoneType       the zone type of the parcel, or null when no zone covers it
 * @param outcome        PERMIT_FREE, PERMIT_REQUIRED, NOT_ALLOWED or UNDECIDED
 * @param ruleId         the rule that decided it, or null
 * @param ruleSetVersion the version of the rule set that answered, or null when none was in force
 */
public record PermitChecked(String activity, String zoneType, String outcome, String ruleId,
                            Integer ruleSetVersion) {
}
