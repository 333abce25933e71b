package org.citiverse.permit.application;

/** A staff member an application can be given to. */
public record ReviewerView(String subject, String name) {
}
