package org.citiverse.device.interfaces.web;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.citiverse.device.application.DeadLetter;
import org.citiverse.device.application.DeadLetterDesk;
import org.citiverse.device.application.IngestionService;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * Staff: device messages the pipeline refused, oldest first, with reason, detail and the original
 * body; each can be sent through again once its cause is fixed. View-scoped: a button sends the
 * letter of the row the person saw, even if the queue changed meanwhile.
 */
@Named("deadLettersPage")
@ViewScoped
public class DeadLettersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 200;

    @Inject
    IngestionService ingestion;

    @Inject
    DeadLetterDesk desk;

    @Inject
    PageMessages messages;

    private List<DeadLetter> letters;

    public List<DeadLetter> getLetters() {
        if (letters == null) {
            letters = ingestion.deadLetters(SHOWN);
        }
        return letters;
    }

    /** Sends one back to the ingress queue. */
    public String replay(String jmsMessageId) {
        if (desk.replay(jmsMessageId)) {
            return messages.doneThenGo("/staff/dead-letters.xhtml", "deadLetters.replayed");
        }
        messages.error(null, "deadLetters.gone");
        return null;
    }
}
