package org.citiverse.device.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.citiverse.device.domain.DeviceMessage;
import org.citiverse.device.domain.InboundMessage.Channel;
import org.citiverse.device.infrastructure.JpaInboundMessageRepository;
import org.citiverse.shared.infrastructure.persistence.JpaStore;
import org.citiverse.testsupport.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ingestion service and its JMS and JPA adapters inside the running server, on PostgreSQL
 * (FGMV-31 IR-RecR-2, CommR-RecR-1): accepted once, duplicates ignored, poison dead-lettered
 * with its reason and original body, never dropped.
 */
@ExtendWith(ArquillianExtension.class)
class IngestionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "ingestion-it.war")
                .addPackages(false, "org.citiverse.device.domain", "org.citiverse.device.application")
                .addClasses(JpaInboundMessageRepository.class, JpaStore.class, Eventually.class,
                        org.citiverse.shared.domain.JsonText.class)
                .addClass("org.citiverse.device.infrastructure.JmsDeadLetters")
                .addClass("org.citiverse.device.infrastructure.JmsIngressQueue")
                .addClass("org.citiverse.device.infrastructure.DeviceMessageHeaders")
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    IngestionService ingestion;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/citiverse/DeviceIngress")
    Queue ingress;

    @Test
    void acceptsOnceAndRecognisesDuplicates() throws Exception {
        String id = "arq-" + UUID.randomUUID();
        RawDeviceMessage raw = new RawDeviceMessage(id, "lamp-7", "application/senml+json",
                "[{\"n\":\"lamp\",\"vb\":true}]", Channel.JMS);
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> ingestion.receive(raw)));
        assertEquals(IngestionOutcome.DUPLICATE, inTransaction(() -> ingestion.receive(raw)));
        Optional<ReceivedMessage> stored = ingestion.find(id);
        assertTrue(stored.isPresent());
        assertEquals("application/senml+json", stored.get().contentType());
        assertEquals("JMS", stored.get().channel());
    }

    @Test
    void aRolledBackReceiveLeavesNoTrace() throws Exception {
        String id = "arq-" + UUID.randomUUID();
        transaction.begin();
        ingestion.receive(new RawDeviceMessage(id, "lamp-7", null, "{}", Channel.JMS));
        transaction.rollback();
        assertTrue(ingestion.find(id).isEmpty());
    }

    @Test
    void poisonIsDeadLetteredWithReasonAndBody() throws Exception {
        String id = "arq-" + UUID.randomUUID();
        RawDeviceMessage poison = new RawDeviceMessage(id, "lamp-7", "application/json", "{\"broken\":", Channel.JMS);
        assertEquals(IngestionOutcome.DEAD_LETTERED, inTransaction(() -> ingestion.receive(poison)));
        assertTrue(ingestion.find(id).isEmpty());
        DeadLetter letter = deadLetter(id);
        assertEquals("MALFORMED_BODY", letter.reason());
        assertEquals("{\"broken\":", letter.body());
        assertEquals("lamp-7", letter.deviceId());
    }

    @Test
    void theMdbDeadLettersAPoisonMessageAndKeepsConsuming() {
        String poison = "arq-" + UUID.randomUUID();
        String good = "arq-" + UUID.randomUUID();
        try (JMSContext jms = connectionFactory.createContext()) {
            // No device id: breaks the contract. Sent straight to the queue, as a device layer would.
            jms.createProducer().setProperty("CitiVerseMessageId", poison).send(ingress, "{\"ring\":true}");
            jms.createProducer().setProperty("CitiVerseMessageId", good).setProperty("CitiVerseDeviceId", "bell-1")
                    .send(ingress, "{\"ring\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        DeadLetter letter = deadLetter(poison);
        assertEquals("MISSING_DEVICE_ID", letter.reason());
        assertEquals("{\"ring\":true}", letter.body());
        ReceivedMessage accepted = Eventually.await(Duration.ofSeconds(30), "the good message after the poison",
                () -> ingestion.find(good).orElse(null));
        assertEquals("bell-1", accepted.deviceId());
    }

    @Test
    void submitValidatesThenQueuesInTheCallersTransaction() throws Exception {
        String rolledBack = "arq-" + UUID.randomUUID();
        transaction.begin();
        DeviceMessage queued = ingestion.submit(new RawDeviceMessage(rolledBack, "cam-3", null, "{}", Channel.HTTPS));
        assertEquals(rolledBack, queued.messageId());
        transaction.rollback();

        String committed = "arq-" + UUID.randomUUID();
        inTransaction(() -> ingestion.submit(new RawDeviceMessage(committed, "cam-3", null, "{}", Channel.HTTPS)));
        Eventually.await(Duration.ofSeconds(30), "the committed message", () -> ingestion.find(committed).orElse(null));
        assertTrue(ingestion.find(rolledBack).isEmpty(), "a rolled-back send never reaches the queue");
    }

    private DeadLetter deadLetter(String messageId) {
        return Eventually.await(Duration.ofSeconds(30), "dead letter " + messageId, () -> {
            List<DeadLetter> letters = ingestion.deadLetters(1000);
            return letters.stream().filter(l -> messageId.equals(l.messageId())).findFirst().orElse(null);
        });
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
