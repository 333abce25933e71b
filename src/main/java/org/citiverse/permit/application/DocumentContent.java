package org.citiverse.permit.application;

/** A document to send: its type (read from its bytes when it was added), a safe file name, the bytes. */
public record DocumentContent(String contentType, String fileName, byte[] bytes) {
}
