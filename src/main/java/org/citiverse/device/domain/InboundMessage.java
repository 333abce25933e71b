package org.citiverse.device.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The journal of accepted device messages: one row per message id, so redelivered or resent
 * messages are recognised and applied once (idempotent ingestion). Written by the ingress batches as
 * sets ({@link IngressStore}); read here.
 */
@Entity
@Table(name = "device_inbound_message")
public class InboundMessage {

    /** How the message reached the platform. */
    public enum Channel { JMS, HTTPS }

    @Id
    private UUID id;

    @Column(name = "message_id", nullable = false, length = 100)
    private String messageId;

    @Column(name = "device_id", nullable = false, length = 100)
    private String deviceId;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "body_bytes", nullable = false)
    private int bodyBytes;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundMessage() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String deviceId() {
        return deviceId;
    }

    public String contentType() {
        return contentType;
    }

    public String body() {
        return body;
    }

    public int bodyBytes() {
        return bodyBytes;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
