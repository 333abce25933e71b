package org.citiverse.device.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.citiverse.device.domain.Actuation;
import org.citiverse.device.domain.ActuationStatus;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceCredentials;
import org.citiverse.device.domain.DeviceRegistry;
import org.citiverse.testsupport.Eventually;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Devices' answers over JMS (FGMV-31 L2, citiverse.device.acks) reach the running application's
 * consumer: a signed answer decides its command; a forged one is dead-lettered with its reason and
 * decides nothing; the same answer again (as after a redelivery) or a contrary one changes nothing and
 * is not dead-lettered. The command is set up in the database as the application would have it.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceAckIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "device-ack-it.war")
                .addPackages(false, "org.citiverse.device.domain")
                .addClasses(JpaDeviceRegistry.class, org.citiverse.shared.infrastructure.persistence.JpaStore.class,
                        JmsDeadLetters.class, DeviceMessageHeaders.class,
                        org.citiverse.device.application.DeadLetters.class,
                        org.citiverse.device.application.DeadLetter.class,
                        org.citiverse.device.application.RawDeviceMessage.class)
                .addClasses(Eventually.class, org.citiverse.shared.domain.JsonText.class,
                        org.citiverse.shared.domain.PlainText.class, org.citiverse.shared.domain.RuleViolation.class, org.citiverse.shared.domain.DeviceClocks.class,
                        org.citiverse.shared.domain.Uuids.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @jakarta.inject.Inject
    DeviceRegistry devices;

    @jakarta.inject.Inject
    JmsDeadLetters parked;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/citiverse/DeviceAcks")
    Queue acks;

    @Resource(lookup = "jms/citiverse/DeviceDeadLetter")
    Queue deadLetters;

    @Test
    void aSignedAnswerDecidesItsCommandAndAForgedOneIsDeadLettered() throws Exception {
        String deviceId = "ack-lamp-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Actuation command = new Actuation("urn:citiverse:twin:" + UUID.randomUUID(), deviceId, "switch", "{}",
                "arquillian", now, Duration.ofMinutes(1));
        command.sent(now);
        transaction.begin();
        devices.add(new Device(deviceId, "Ack lamp", "street-light", null, "arquillian", now));
        transaction.commit();
        transaction.begin();
        devices.add(command);
        transaction.commit();
        String secret = new DeviceCredentials(ConfigProvider.getConfig()
                .getValue("device.credentials.secret", String.class)).secretOf(deviceId, 1);

        String forged = "{\"correlationId\":\"" + command.id() + "\",\"outcome\":\"failed\"}";
        String real = "{\"correlationId\":\"" + command.id() + "\",\"outcome\":\"ok\",\"detail\":\"on\"}";
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setProperty("CitiVerseDeviceId", deviceId)
                    .setProperty("CitiVerseSignature", DeviceCredentials.sign("not-the-secret", command.id().toString(),
                            deviceId, "application/json", forged)).send(acks, forged);
            jms.createProducer().setProperty("CitiVerseDeviceId", deviceId)
                    .setProperty("CitiVerseSignature", DeviceCredentials.sign(secret, command.id().toString(), deviceId,
                            "application/json", real)).send(acks, real);
        }

        ActuationStatus decided = Eventually.await(Duration.ofSeconds(30), "the command decided", () -> {
            try {
                transaction.begin();
                ActuationStatus status = devices.actuation(command.id()).orElseThrow().status();
                transaction.commit();
                return status.open() ? null : status;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(ActuationStatus.ACKED, decided, "the device's own answer, not the forged one");
        try (JMSContext jms = connectionFactory.createContext()) {
            int letters = Eventually.await(Duration.ofSeconds(30), "the forged answer dead-lettered", () -> {
                try (QueueBrowser browser = jms.createBrowser(deadLetters, "CitiVerseDeviceId = '" + deviceId
                        + "' AND CitiVerseDeadLetterReason = 'BAD_SIGNATURE'")) {
                    int n = Collections.list(browser.getEnumeration()).size();
                    return n > 0 ? n : null;
                } catch (jakarta.jms.JMSException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(1, letters);
        }

        // Sent again from the dead-letter desk, the answer goes back among the answers (where it is
        // refused for the same reason), not to the reports' queue.
        String first;
        try (JMSContext jms = connectionFactory.createContext()) {
            first = letter(jms, deviceId).getJMSMessageID();
        }
        transaction.begin();
        assertTrue(parked.replay(first));
        transaction.commit();
        Message again = Eventually.await(Duration.ofSeconds(30), "the replayed answer refused again", () -> {
            try (JMSContext jms = connectionFactory.createContext()) {
                Message m = letter(jms, deviceId);
                return m != null && !first.equals(m.getJMSMessageID()) ? m : null;
            } catch (jakarta.jms.JMSException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("BAD_SIGNATURE", again.getStringProperty("CitiVerseDeadLetterReason"));
        assertEquals("citiverse.device.acks", again.getStringProperty("CitiVerseDeadLetterOrigin"));

        // The device's answer once more, and a contrary one, both signed: the command stays as first
        // decided and neither is a dead letter. An answer for a command the device never had is, and
        // is sent last, so that its letter shows the answers before it were taken.
        String contrary = "{\"correlationId\":\"" + command.id() + "\",\"outcome\":\"failed\",\"detail\":\"off\"}";
        UUID unknown = UUID.randomUUID();
        String stray = "{\"correlationId\":\"" + unknown + "\",\"outcome\":\"ok\"}";
        try (JMSContext jms = connectionFactory.createContext()) {
            for (String[] answer : new String[][] {{command.id().toString(), real}, {command.id().toString(), contrary},
                    {unknown.toString(), stray}}) {
                jms.createProducer().setProperty("CitiVerseDeviceId", deviceId)
                        .setProperty("CitiVerseSignature", DeviceCredentials.sign(secret, answer[0], deviceId,
                                "application/json", answer[1])).send(acks, answer[1]);
            }
        }
        Eventually.await(Duration.ofSeconds(30), "the stray answer dead-lettered",
                () -> reasons(deviceId).contains("UNKNOWN_COMMAND") ? true : null);
        Thread.sleep(1_000); // the two workers may still be on the answers sent before it
        transaction.begin();
        Actuation decidedOnce = devices.actuation(command.id()).orElseThrow();
        transaction.commit();
        assertEquals(ActuationStatus.ACKED, decidedOnce.status());
        assertEquals("on", decidedOnce.detail());
        assertEquals(List.of("BAD_SIGNATURE", "UNKNOWN_COMMAND"), reasons(deviceId),
                "only the forged answer (sent through again) and the stray one are dead letters");
    }

    private List<String> reasons(String deviceId) {
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(deadLetters, "CitiVerseDeviceId = '" + deviceId + "'")) {
            List<String> reasons = new java.util.ArrayList<>();
            for (Object letter : Collections.list(browser.getEnumeration())) {
                reasons.add(((Message) letter).getStringProperty("CitiVerseDeadLetterReason"));
            }
            Collections.sort(reasons);
            return reasons;
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private Message letter(JMSContext jms, String deviceId) throws jakarta.jms.JMSException {
        try (QueueBrowser browser = jms.createBrowser(deadLetters, "CitiVerseDeviceId = '" + deviceId + "'")) {
            List<?> letters = Collections.list(browser.getEnumeration());
            return letters.isEmpty() ? null : (Message) letters.get(0);
        }
    }
}
