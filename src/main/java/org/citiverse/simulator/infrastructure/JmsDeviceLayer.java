package org.citiverse.simulator.infrastructure;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.io.StringReader;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.simulator.application.DeviceLayer;
import org.citiverse.simulator.application.Simulation;

/**
 * The device layer's side of the JMS contract (docs/DEVICE-PROTOCOL.md): reports to the ingress
 * queue, answers to the acks queue, commands taken from the commands queue — only those for the
 * simulation's own twins, so a real device layer on the same queue keeps its commands.
 */
public final class JmsDeviceLayer implements DeviceLayer {

    /** JMS priorities: the platform takes 7 and above first (jms.ingress.urgent.priority). */
    static final int URGENT = 9;
    static final int NORMAL = 4;

    private final ConnectionFactory factory;
    private final Queue ingress;
    private final Queue acks;

    public JmsDeviceLayer(ConnectionFactory factory, Queue ingress, Queue acks) {
        this.factory = factory;
        this.ingress = ingress;
        this.acks = acks;
    }

    @Override
    public void report(String deviceId, String messageId, String body, String signature, boolean urgent) {
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setPriority(urgent ? URGENT : NORMAL)
                    .setProperty("CitiVerseMessageId", messageId)
                    .setProperty("CitiVerseDeviceId", deviceId)
                    .setProperty("CitiVerseContentType", "application/json")
                    .setProperty("CitiVerseSignature", signature)
                    .send(ingress, body);
        }
    }

    @Override
    public void answer(String deviceId, String body, String signature) {
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty("CitiVerseDeviceId", deviceId)
                    .setProperty("CitiVerseSignature", signature)
                    .send(acks, body);
        }
    }

    /** Takes the simulation's commands off the queue and hands them over until {@code running} says stop. */
    public static void serveCommands(ConnectionFactory factory, Queue commands, Simulation simulation,
                                     BooleanSupplier running) {
        try (JMSContext jms = factory.createContext();
                JMSConsumer consumer = jms.createConsumer(commands, selector(simulation.twinIds()))) {
            while (running.getAsBoolean()) {
                Message message = consumer.receive(1_000);
                if (message instanceof TextMessage text) {
                    try {
                        var body = JsonText.JSON.createReader(new StringReader(text.getText())).readObject();
                        simulation.command(message.getStringProperty("CitiVerseTwinId"), message.getJMSType(),
                                message.getJMSCorrelationID(), body.getJsonObject("parameters"));
                    } catch (JMSException | RuntimeException unreadable) {
                        // A command no device could read: a real device would drop it too.
                    }
                }
            }
        }
    }

    static String selector(Set<String> twinIds) {
        return twinIds.isEmpty() ? "1 = 0" : "CitiVerseTwinId IN (" + twinIds.stream()
                .map(id -> "'" + id.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
    }
}
