package org.citiverse.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.citiverse.complaint.domain.SubmissionBudget;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Floods are refused before they cost anything: each sender (an API key, a signed-in person) and
 * each network address has its own budget of submissions (complaint.rate.*). Kept in memory, per server.
 */
@ApplicationScoped
public class SubmissionLimits {

    private static final int FORGET_ABOVE = 10_000;

    @Inject
    @ConfigProperty(name = "complaint.rate.sender.burst", defaultValue = "30")
    int senderBurst;

    @Inject
    @ConfigProperty(name = "complaint.rate.sender.per.minute", defaultValue = "60")
    int senderPerMinute;

    @Inject
    @ConfigProperty(name = "complaint.rate.address.burst", defaultValue = "60")
    int addressBurst;

    @Inject
    @ConfigProperty(name = "complaint.rate.address.per.minute", defaultValue = "120")
    int addressPerMinute;

    private final ConcurrentMap<String, SubmissionBudget> budgets = new ConcurrentHashMap<>();

    /**
     * Takes one submission from the sender's budget (an API key's id, a signed-in subject) and the
     * network address's, or refuses with the wait.
     */
    public void take(String sender, String address) {
        long now = System.nanoTime();
        if (sender != null) {
            take("sender:" + sender, senderBurst, senderPerMinute, now);
        }
        if (address != null) {
            take("address:" + address, addressBurst, addressPerMinute, now);
        }
    }

    private void take(String sender, int burst, int perMinute, long now) {
        if (budgets.size() > FORGET_ABOVE) {
            budgets.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().idle(now);
                }
            });
        }
        SubmissionBudget budget = budgets.computeIfAbsent(sender, s -> new SubmissionBudget(burst, perMinute, now));
        synchronized (budget) {
            if (!budget.take(now)) {
                throw new TooManySubmissions(budget.secondsUntilNext(now));
            }
        }
    }
}
