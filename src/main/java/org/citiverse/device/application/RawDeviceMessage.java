package org.citiverse.device.application;

import org.citiverse.device.domain.InboundMessage.Channel;

/**
 * A device message as it arrived, before any check: what the JMS connector or the HTTPS
 * endpoint hands over. Fields may be null or malformed; {@code body} is null when the
 * transport carried no readable body; {@code signature} is the device's (docs/DEVICE-PROTOCOL.md).
 */
public record RawDeviceMessage(String messageId, String deviceId, String contentType, String body, Channel channel,
                               String signature) {
}
