package org.citiverse.complaint.application;

/** An administrator created or changed a category (fired inside the change's transaction). */
public record CategoryChanged(String code) {
}
