package org.citiverse.notification.application;

import java.util.List;

/** What the notification context announces, fired inside the change's transaction. */
public final class VisitEvents {

    private VisitEvents() {
    }

    /**
     * A visit began ({@code ring}) or changed; {@code recipients} are the subjects to tell at once (for a
     * ring, the members outside their quiet hours). Interfaces push it once the change is committed.
     */
    public record VisitChanged(VisitView visit, List<String> recipients, boolean ring) {

        public VisitChanged {
            recipients = List.copyOf(recipients);
        }
    }
}
