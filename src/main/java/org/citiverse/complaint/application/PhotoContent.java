package org.citiverse.complaint.application;

/** A photo to send: its type and the cleaned pixels. */
public record PhotoContent(String contentType, byte[] bytes) {
}
