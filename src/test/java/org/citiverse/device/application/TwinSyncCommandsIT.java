package org.citiverse.device.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.citiverse.device.domain.DeviceCommand;
import org.citiverse.device.domain.DeviceCommandChannel;
import org.citiverse.twin.application.TwinEvents;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A twin sync request that starts running becomes one {@code sync} command on the device layer's
 * commands queue (REQ-DT-07), in the same transaction: committed → sent once, correlated by the
 * request id, and never delivered after its deadline; rolled back → never sent.
 */
@ExtendWith(ArquillianExtension.class)
class TwinSyncCommandsIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "sync-commands-it.war")
                .addClasses(TwinSyncCommands.class, DeviceCommand.class, DeviceCommandChannel.class,
                        TwinEvents.class, TwinEvents.TwinSyncRequested.class,
                        org.citiverse.shared.domain.JsonText.class)
                .addClass("org.citiverse.device.infrastructure.JmsDeviceCommandChannel")
                .addClass("org.citiverse.device.infrastructure.DeviceMessageHeaders")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    Event<TwinEvents.TwinSyncRequested> requested;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/citiverse/DeviceCommands")
    Queue commands;

    @Test
    void aCommittedRequestIsSentOnceCorrelatedAndExpiring() throws Exception {
        UUID requestId = UUID.randomUUID();
        String twinId = "urn:citiverse:twin:" + UUID.randomUUID();
        Instant deadline = Instant.now().plusSeconds(30);
        transaction.begin();
        requested.fire(new TwinEvents.TwinSyncRequested(requestId, twinId, deadline));
        transaction.commit();

        try (JMSContext jms = connectionFactory.createContext()) {
            JMSConsumer consumer = jms.createConsumer(commands, "JMSCorrelationID = '" + requestId + "'");
            Message message = consumer.receive(10_000);
            assertNotNull(message, "the command reached the queue");
            assertEquals("sync", message.getJMSType());
            assertEquals(twinId, message.getStringProperty("CitiVerseTwinId"));
            // The broker keeps the sender's time-to-live: the command expires with the request.
            long expiration = message.getJMSExpiration();
            assertTrue(Math.abs(expiration - deadline.toEpochMilli()) <= 2_000,
                    "expires at the request's deadline: " + Instant.ofEpochMilli(expiration));
            JsonObject body = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
            assertEquals("sync", body.getString("command"));
            assertEquals(twinId, body.getString("twinId"));
            assertEquals(requestId.toString(), body.getString("correlationId"));
            assertNull(consumer.receive(500), "sent once");
        }
    }

    @Test
    void aRolledBackRequestSendsNothing() throws Exception {
        UUID requestId = UUID.randomUUID();
        transaction.begin();
        requested.fire(new TwinEvents.TwinSyncRequested(requestId, "urn:citiverse:twin:" + UUID.randomUUID(),
                Instant.now().plusSeconds(30)));
        transaction.rollback();
        try (JMSContext jms = connectionFactory.createContext()) {
            assertNull(jms.createConsumer(commands, "JMSCorrelationID = '" + requestId + "'").receive(1_000));
        }
    }
}
