package org.citiverse.permit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.permit.application.RuleSetService;
import org.citiverse.permit.application.RuleSetSource;
import org.citiverse.shared.infrastructure.persistence.DatabaseMigration;

/**
 * The rule sets shipped with the application (resources under org/citiverse/permit/rules): installed
 * as ACTIVE once the schema is migrated, when the database has no rule sets at all.
 */
@ApplicationScoped
public class DemoRuleSets {

    private static final Logger LOG = Logger.getLogger(DemoRuleSets.class.getName());
    /** Each as activity and zone type: the resources are named {@code <activity>-<zone type>.dmn}. */
    private static final List<List<String>> SHIPPED = List.of(List.of("dormer", "residential"),
            List.of("fence", "residential"), List.of("outbuilding", "residential"), List.of("dormer", "conservation"),
            List.of("fence", "conservation"));

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatabaseMigration migration;

    @Inject
    RuleSetService ruleSets;

    private volatile ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::installOnce, 2, 5, TimeUnit.SECONDS);
    }

    private void installOnce() {
        if (!migration.state().migrated()) {
            return;
        }
        try {
            int installed = ruleSets.installWhenEmpty(sources());
            if (installed > 0) {
                LOG.log(Level.INFO, "Permit rules: {0} shipped rule sets installed", installed);
            }
            task.cancel(false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Permit rules: the shipped rule sets were not installed; trying again", e);
        }
    }

    /** The shipped rule sets with their test cases. */
    public static List<RuleSetSource> sources() {
        return SHIPPED.stream().map(s -> {
            String name = s.get(0) + "-" + s.get(1);
            return new RuleSetSource(s.get(0), s.get(1), read(name + ".dmn"), read(name + ".tests.json"));
        }).toList();
    }

    private static String read(String name) {
        try (InputStream in = DemoRuleSets.class.getResourceAsStream("/org/citiverse/permit/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
