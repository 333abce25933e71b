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
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceCredentials;
import org.citiverse.device.domain.DeviceMessage;
import org.citiverse.device.domain.DeviceRegistry;
import org.eclipse.microprofile.config.ConfigProvider;
import org.citiverse.device.domain.InboundMessage.Channel;
import org.citiverse.device.infrastructure.JpaInboundMessageRepository;
import org.citiverse.shared.infrastructure.persistence.JpaStore;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ingestion service and its JMS and JPA adapters inside the running server, on PostgreSQL
 * (FGMV-31 IR-RecR-2, CommR-RecR-1): a registered device's signed message is accepted once,
 * duplicates ignored; poison, unknown, revoked and forged messages dead-lettered with their
 * reason and original body, never dropped.
 */
@ExtendWith(ArquillianExtension.class)
class IngestionServiceIT {

    @Deployment
    static WebArchive deployment() {
        // The ingestion pipeline without the twin system: these devices have no twin.
        return ShrinkWrap.create(WebArchive.class, "ingestion-it.war")
                .addPackages(false, "org.citiverse.device.domain")
                .addClasses(IngestionService.class, IngestionOutcome.class, RawDeviceMessage.class,
                        ReceivedMessage.class, DeadLetter.class, DeadLetters.class, IngressQueue.class,
                        ReadingsTarget.class, DeviceAuthenticator.class, PendingCommands.class,
                        DeviceEvents.class, DeviceCounts.class, Heard.class)
                .addClass("org.citiverse.device.infrastructure.JmsDeviceCommandChannel")
                .addClasses(JpaInboundMessageRepository.class, JpaStore.class, Eventually.class, Transactions.class,
                        org.citiverse.device.infrastructure.JdbcIngressStore.class,
                        org.citiverse.shared.infrastructure.persistence.JdbcSets.class,
                        org.citiverse.shared.domain.JsonText.class, org.citiverse.shared.domain.PlainText.class,
                        org.citiverse.shared.domain.RuleViolation.class, org.citiverse.shared.domain.DeviceClocks.class, org.citiverse.shared.domain.Uuids.class,
                        org.citiverse.device.infrastructure.JpaDeviceRegistry.class)
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

    @Inject
    DeviceRegistry devices;

    @Inject
    org.citiverse.device.domain.IngressStore store;

    @Resource(lookup = "jdbc/citiverse")
    javax.sql.DataSource database;

    /** One message, as a batch of one. */
    private IngestionOutcome receive(RawDeviceMessage raw) {
        return ingestion.receive(List.of(raw)).get(0);
    }

    /** A registered device without a twin, and its secret (derived as the server does, from its secret). */
    private record TestDevice(String id, String secret) {
        RawDeviceMessage message(String messageId, String contentType, String body, Channel channel) {
            String type = contentType == null ? "application/json" : contentType;
            return new RawDeviceMessage(messageId, id, contentType, body, channel,
                    DeviceCredentials.sign(secret, messageId, id, type, body));
        }
    }

    private TestDevice device() throws Exception {
        String id = "lamp-" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(() -> {
            devices.add(new Device(id, "Lamp", "street-light", null, "arquillian", java.time.Instant.now()));
            return null;
        });
        String serverSecret = ConfigProvider.getConfig().getValue("device.credentials.secret", String.class);
        return new TestDevice(id, new DeviceCredentials(serverSecret).secretOf(id, 1));
    }

    @Test
    void acceptsOnceAndRecognisesDuplicates() throws Exception {
        String id = "arq-" + UUID.randomUUID();
        TestDevice lamp = device();
        RawDeviceMessage raw = lamp.message(id, "application/senml+json", "[{\"n\":\"lamp\",\"vb\":true}]",
                Channel.JMS);
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> receive(raw)));
        assertEquals(IngestionOutcome.DUPLICATE, inTransaction(() -> receive(raw)));
        RawDeviceMessage sameIdOtherDevice = device().message(id, "application/senml+json",
                "[{\"n\":\"lamp\",\"vb\":false}]", Channel.JMS);
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> receive(sameIdOtherDevice)),
                "a message id is the device's own: another device's same id is not a duplicate");
        Optional<ReceivedMessage> stored = ingestion.find(id);
        assertTrue(stored.isPresent());
        assertEquals("application/senml+json", stored.get().contentType());
        assertEquals("JMS", stored.get().channel());
    }

    @Test
    void theJournalForgetsMessagesPastItsRetentionAndKeepsTheRest() throws Exception {
        TestDevice lamp = device();
        String recent = "arq-recent-" + UUID.randomUUID();
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> receive(lamp.message(recent,
                "application/senml+json", "[{\"n\":\"lamp\",\"vb\":true}]", Channel.JMS))));
        // Journaled 40 days ago, as the pipeline would have written it then (a time-ordered id of that day).
        String old = "arq-old-" + UUID.randomUUID();
        java.time.Instant then = java.time.Instant.now().minus(java.time.Duration.ofDays(40));
        try (java.sql.Connection connection = database.getConnection();
             java.sql.PreparedStatement insert = connection.prepareStatement("insert into device_inbound_message (id, "
                     + "message_id, device_id, content_type, body, body_bytes, channel, received_at) values (?, ?, ?, "
                     + "'application/json', '{}', 2, 'JMS', ?)")) {
            insert.setObject(1, org.citiverse.shared.domain.Uuids.firstAt(then));
            insert.setString(2, old);
            insert.setString(3, lamp.id());
            insert.setObject(4, then.atOffset(java.time.ZoneOffset.UTC));
            insert.executeUpdate();
        }
        assertTrue(ingestion.find(old).isPresent());

        assertTrue(ingestion.forgetOldMessages(10_000) >= 1);
        assertTrue(ingestion.find(old).isEmpty(), "past the 30 days' retention");
        assertTrue(ingestion.find(recent).isPresent(), "within it");
        assertEquals(IngestionOutcome.DUPLICATE, inTransaction(() -> receive(lamp.message(recent,
                "application/senml+json", "[{\"n\":\"lamp\",\"vb\":true}]", Channel.JMS))),
                "a remembered message sent again is still a duplicate");
    }

    /** What the test hears of the device context's events. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Heard {
        static final java.util.List<Object> EVENTS = new java.util.concurrent.CopyOnWriteArrayList<>();

        void rang(@jakarta.enterprise.event.Observes DeviceEvents.DoorbellRang e) {
            EVENTS.add(e);
        }

        void fault(@jakarta.enterprise.event.Observes DeviceEvents.DeviceFault e) {
            EVENTS.add(e);
        }

        void finished(@jakarta.enterprise.event.Observes DeviceEvents.CommandFinished e) {
            EVENTS.add(e);
        }
    }

    @Test
    void aCommandThatExpiredWhileItsDeviceWasOfflineTimesOutWhenTheDeviceIsBackAndItsRequesterIsTold()
            throws Exception {
        TestDevice lamp = device(); // never seen: offline
        java.time.Instant issued = java.time.Instant.now().minus(Duration.ofMinutes(2));
        org.citiverse.device.domain.Actuation waiting = new org.citiverse.device.domain.Actuation(
                "urn:citiverse:twin:" + UUID.randomUUID(), lamp.id(), "switch", "{}", "arquillian", issued,
                Duration.ofMinutes(1));
        inTransaction(() -> {
            devices.add(waiting);
            return null;
        });
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> receive(
                lamp.message("arq-" + UUID.randomUUID(), null, "{\"on\":true}", Channel.JMS))));
        assertEquals(org.citiverse.device.domain.ActuationStatus.TIMED_OUT,
                inTransaction(() -> devices.actuation(waiting.id()).orElseThrow().status()));
        assertTrue(Heard.EVENTS.stream().anyMatch(e -> e instanceof DeviceEvents.CommandFinished f
                && f.commandId().equals(waiting.id()) && "TIMED_OUT".equals(f.status())), Heard.EVENTS.toString());
    }

    @Test
    void aWaitingCommandWhoseDeviceWasSeenAfterItsIssueIsSentByTheCommandSweep() throws Exception {
        // The race: the device's report committed just after the command was issued to an offline
        // device, and later reports, finding it online, do not look for waiting commands.
        TestDevice lamp = device();
        java.time.Instant issued = java.time.Instant.now().minusSeconds(5);
        org.citiverse.device.domain.Actuation waiting = new org.citiverse.device.domain.Actuation(
                "urn:citiverse:twin:" + UUID.randomUUID(), lamp.id(), "switch", "{}", "arquillian", issued,
                Duration.ofMinutes(1));
        TestDevice quiet = device();
        org.citiverse.device.domain.Actuation stillWaiting = new org.citiverse.device.domain.Actuation(
                "urn:citiverse:twin:" + UUID.randomUUID(), quiet.id(), "switch", "{}", "arquillian", issued,
                Duration.ofMinutes(1));
        inTransaction(() -> {
            devices.add(waiting);
            devices.add(stillWaiting);
            org.citiverse.device.domain.ReportingDevice seen = store.devices(List.of(lamp.id())).get(lamp.id());
            seen.seen(null, issued.plusSeconds(1));
            store.write(List.of(seen), List.of());
            return null;
        });
        // The running application's command sweep (every second on the test server) finds it.
        Eventually.await(Duration.ofSeconds(30), "the overlooked command sent", () -> {
            try {
                return inTransaction(() -> devices.actuation(waiting.id()).orElseThrow().status())
                        == org.citiverse.device.domain.ActuationStatus.SENT ? Boolean.TRUE : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(org.citiverse.device.domain.ActuationStatus.PENDING,
                inTransaction(() -> devices.actuation(stillWaiting.id()).orElseThrow().status()),
                "a device not seen since keeps its command waiting");
    }

    @Test
    void aRingAndALampFaultAreAnnounced() throws Exception {
        String bellId = "bell-" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(() -> {
            devices.add(new Device(bellId, "Bell", "doorbell", null, "arquillian", java.time.Instant.now()));
            return null;
        });
        TestDevice bell = new TestDevice(bellId, new DeviceCredentials(ConfigProvider.getConfig()
                .getValue("device.credentials.secret", String.class)).secretOf(bellId, 1));
        TestDevice lamp = device();
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> receive(
                bell.message("arq-" + UUID.randomUUID(), null, "{\"pressed\":true}", Channel.JMS))));
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> receive(
                lamp.message("arq-" + UUID.randomUUID(), null, "{\"lampFault\":true,\"power\":0}", Channel.JMS))));
        assertTrue(Heard.EVENTS.stream().anyMatch(e -> e instanceof DeviceEvents.DoorbellRang r
                && r.deviceId().equals(bellId)), Heard.EVENTS.toString());
        assertTrue(Heard.EVENTS.stream().anyMatch(e -> e instanceof DeviceEvents.DeviceFault f
                && f.deviceId().equals(lamp.id()) && f.fault() && "lampFault".equals(f.what())), Heard.EVENTS.toString());
        assertTrue(Heard.EVENTS.stream().noneMatch(e -> e instanceof DeviceEvents.DoorbellRang r
                && r.deviceId().equals(lamp.id())), "a lamp does not ring");
    }

    @Test
    void aBatchIsJudgedMessageByMessageAsIfEachCameAlone() throws Exception {
        TestDevice lamp = device();
        TestDevice other = device();
        String id = "arq-" + UUID.randomUUID();
        RawDeviceMessage first = lamp.message(id, null, "{\"on\":true}", Channel.JMS);
        String forgedId = "arq-" + UUID.randomUUID();
        RawDeviceMessage forged = new RawDeviceMessage(forgedId, lamp.id(), null, "{\"on\":false}", Channel.JMS,
                other.message(forgedId, null, "{\"on\":false}", Channel.JMS).signature());
        String poisonId = "arq-" + UUID.randomUUID();
        RawDeviceMessage poison = lamp.message(poisonId, null, "{\"on\":", Channel.JMS);
        RawDeviceMessage sameIdOtherDevice = other.message(id, null, "{\"on\":false}", Channel.JMS);
        String laterId = "arq-" + UUID.randomUUID();
        RawDeviceMessage later = lamp.message(laterId, null, "{\"on\":false}", Channel.JMS);

        assertEquals(List.of(IngestionOutcome.ACCEPTED, IngestionOutcome.DEAD_LETTERED, IngestionOutcome.DUPLICATE,
                        IngestionOutcome.DEAD_LETTERED, IngestionOutcome.ACCEPTED, IngestionOutcome.ACCEPTED),
                inTransaction(() -> ingestion.receive(List.of(first, forged, first, poison, sameIdOtherDevice,
                        later))));
        assertEquals("BAD_SIGNATURE", deadLetter(forgedId).reason(), "refused among good ones");
        assertEquals("MALFORMED_BODY", deadLetter(poisonId).reason());
        assertTrue(ingestion.find(forgedId).isEmpty() && ingestion.find(poisonId).isEmpty());
        assertEquals(2, ingestion.recentOf(lamp.id(), 10).size(), "each accepted message journaled once");
        assertEquals(1, ingestion.recentOf(other.id(), 10).size());
        assertTrue(inTransaction(() -> devices.find(lamp.id()).orElseThrow().lastSeenAt()) != null, "seen");

        assertEquals(List.of(IngestionOutcome.DUPLICATE, IngestionOutcome.DUPLICATE, IngestionOutcome.DUPLICATE),
                inTransaction(() -> ingestion.receive(List.of(first, sameIdOtherDevice, later))),
                "the batch delivered again changes nothing");
    }

    @Test
    void aRolledBackBatchLeavesNoTrace() throws Exception {
        TestDevice lamp = device();
        String one = "arq-" + UUID.randomUUID();
        String two = "arq-" + UUID.randomUUID();
        transaction.begin();
        ingestion.receive(List.of(lamp.message(one, null, "{\"on\":true}", Channel.JMS),
                lamp.message(two, null, "{\"on\":false}", Channel.JMS)));
        transaction.rollback();
        assertTrue(ingestion.find(one).isEmpty() && ingestion.find(two).isEmpty());
        assertEquals(null, inTransaction(() -> devices.find(lamp.id()).orElseThrow().lastSeenAt()));
    }

    @Test
    void aRolledBackReceiveLeavesNoTrace() throws Exception {
        String id = "arq-" + UUID.randomUUID();
        TestDevice lamp = device();
        transaction.begin();
        receive(lamp.message(id, null, "{\"on\":true}", Channel.JMS));
        transaction.rollback();
        assertTrue(ingestion.find(id).isEmpty());
    }

    @Test
    void aReadingFromBeforeTheHistorysRetentionIsRefusedAsAResetClock() throws Exception {
        TestDevice lamp = device();
        String reset = "arq-" + UUID.randomUUID();
        String body = "{\"observedAt\":\"1970-01-01T00:00:05Z\",\"values\":{\"on\":true}}";
        assertEquals(IngestionOutcome.DEAD_LETTERED, inTransaction(() -> receive(
                lamp.message(reset, null, body, Channel.JMS))));
        DeadLetter letter = deadLetter(reset);
        assertEquals("OBSERVED_TOO_LONG_AGO", letter.reason());
        assertEquals(body, letter.body());
        String lastYear = "arq-" + UUID.randomUUID();
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> receive(lamp.message(lastYear, null,
                "{\"observedAt\":\"" + java.time.Instant.now().minus(Duration.ofDays(300)) + "\",\"values\":{\"on\":true}}",
                Channel.JMS))), "within the retention: history");
    }

    @Test
    void poisonIsDeadLetteredWithReasonAndBody() throws Exception {
        String id = "arq-" + UUID.randomUUID();
        TestDevice lamp = device();
        RawDeviceMessage poison = lamp.message(id, "application/json", "{\"broken\":", Channel.JMS);
        assertEquals(IngestionOutcome.DEAD_LETTERED, inTransaction(() -> receive(poison)));
        assertTrue(ingestion.find(id).isEmpty());
        DeadLetter letter = deadLetter(id);
        assertEquals("MALFORMED_BODY", letter.reason());
        assertEquals("{\"broken\":", letter.body());
        assertEquals(lamp.id(), letter.deviceId());
    }

    @Test
    void messagesNotFromTheirRegisteredDeviceAreDeadLetteredWithTheReason() throws Exception {
        TestDevice lamp = device();
        TestDevice revoked = device();
        inTransaction(() -> {
            devices.find(revoked.id()).orElseThrow().revoke();
            return null;
        });
        String unknown = "arq-" + UUID.randomUUID();
        String forged = "arq-" + UUID.randomUUID();
        String unsigned = "arq-" + UUID.randomUUID();
        String fromRevoked = "arq-" + UUID.randomUUID();
        String notSenml = "arq-" + UUID.randomUUID();
        RawDeviceMessage good = lamp.message(forged, "application/json", "{\"on\":true}", Channel.JMS);
        for (RawDeviceMessage m : List.of(
                new RawDeviceMessage(unknown, "lamp-nobody", null, "{\"on\":true}", Channel.JMS, "x"),
                new RawDeviceMessage(forged, lamp.id(), null, "{\"on\":false}", Channel.JMS, good.signature()),
                new RawDeviceMessage(unsigned, lamp.id(), null, "{\"on\":true}", Channel.JMS, null),
                revoked.message(fromRevoked, null, "{\"on\":true}", Channel.JMS),
                lamp.message(notSenml, "application/senml+json", "{\"n\":\"on\"}", Channel.JMS))) {
            assertEquals(IngestionOutcome.DEAD_LETTERED, inTransaction(() -> receive(m)), m.messageId());
        }
        assertEquals("UNKNOWN_DEVICE", deadLetter(unknown).reason());
        assertEquals("BAD_SIGNATURE", deadLetter(forged).reason(), "a signature of another body");
        assertEquals("BAD_SIGNATURE", deadLetter(unsigned).reason());
        assertEquals("REVOKED_DEVICE", deadLetter(fromRevoked).reason());
        assertEquals("UNCONVERTIBLE", deadLetter(notSenml).reason());
        assertEquals(IngestionOutcome.ACCEPTED, inTransaction(() -> receive(good)), "the real one still passes");
    }

    @Test
    void aSelfDescriptionMustBeAThingDescriptionAndNeedsATwin() throws Exception {
        TestDevice lamp = device();
        String invalid = "arq-" + UUID.randomUUID();
        String twinless = "arq-" + UUID.randomUUID();
        assertEquals(IngestionOutcome.DEAD_LETTERED, inTransaction(() -> receive(lamp.message(invalid,
                "application/td+json", "{\"title\":\"Lamp\"}", Channel.JMS))));
        assertEquals(IngestionOutcome.DEAD_LETTERED, inTransaction(() -> receive(lamp.message(twinless,
                "application/td+json", "{\"@context\":\"https://www.w3.org/2022/wot/td/v1.1\",\"title\":\"Lamp\"}",
                Channel.JMS))));
        DeadLetter letter = deadLetter(invalid);
        assertEquals("INVALID_DESCRIPTION", letter.reason());
        assertTrue(letter.detail().startsWith("@context must be"), letter.detail());
        assertEquals("NO_TWIN", deadLetter(twinless).reason());
        assertTrue(ingestion.find(twinless).isEmpty());
    }

    @Test
    void theConsumersDeadLetterAPoisonMessageAndKeepConsuming() throws Exception {
        String poison = "arq-" + UUID.randomUUID();
        String good = "arq-" + UUID.randomUUID();
        TestDevice bell = device();
        try (JMSContext jms = connectionFactory.createContext()) {
            // No device id: breaks the contract. Sent straight to the queue, as a device layer would.
            jms.createProducer().setProperty("CitiVerseMessageId", poison).send(ingress, "{\"ring\":true}");
            jms.createProducer().setProperty("CitiVerseMessageId", good).setProperty("CitiVerseDeviceId", bell.id())
                    .setProperty("CitiVerseSignature", bell.message(good, null, "{\"ring\":true}", Channel.JMS).signature())
                    .send(ingress, "{\"ring\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        DeadLetter letter = deadLetter(poison);
        assertEquals("MISSING_DEVICE_ID", letter.reason());
        assertEquals("{\"ring\":true}", letter.body());
        ReceivedMessage accepted = Eventually.await(Duration.ofSeconds(30), "the good message after the poison",
                () -> ingestion.find(good).orElse(null));
        assertEquals(bell.id(), accepted.deviceId());
    }

    @Test
    void submitValidatesThenQueuesInTheCallersTransaction() throws Exception {
        String rolledBack = "arq-" + UUID.randomUUID();
        TestDevice camera = device();
        transaction.begin();
        DeviceMessage queued = ingestion.submit(camera.message(rolledBack, null, "{\"on\":true}", Channel.HTTPS));
        assertEquals(rolledBack, queued.messageId());
        transaction.rollback();

        String committed = "arq-" + UUID.randomUUID();
        inTransaction(() -> ingestion.submit(camera.message(committed, null, "{\"on\":true}", Channel.HTTPS)));
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
        return Transactions.inTransaction(transaction, work);
    }
}
