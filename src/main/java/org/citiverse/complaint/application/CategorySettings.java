package org.citiverse.complaint.application;

/** A category as administrators manage it: both names, routing, service level and whether it is offered. */
public record CategorySettings(String code, String nameEn, String nameNl, String department, int dueDays,
                               boolean anonymousAllowed, boolean active, int version) {
}
