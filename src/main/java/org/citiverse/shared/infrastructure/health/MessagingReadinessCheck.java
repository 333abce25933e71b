package org.citiverse.shared.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the messaging engine accepts a connection and knows the device ingress queue. */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(MessagingReadinessCheck.class.getName());

    @Resource(lookup = "jms/citiverse/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/citiverse/DeviceIngress")
    Queue ingress;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            // Opening a browser proves the destination exists on the engine, not just the factory.
            context.createBrowser(ingress).close();
            return HealthCheckResponse.named("messaging").up().build();
        } catch (JMSRuntimeException | JMSException e) {
            // Public answer: a fixed code; the engine's message goes to the log.
            LOG.warning(() -> "Readiness: the messaging engine is unavailable: " + e.getMessage());
            return HealthCheckResponse.named("messaging").withData("error", "unavailable").down().build();
        }
    }
}
