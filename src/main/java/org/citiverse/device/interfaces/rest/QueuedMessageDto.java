package org.citiverse.device.interfaces.rest;

/** The answer to a submitted device report. */
public record QueuedMessageDto(String messageId, String status) {
}
