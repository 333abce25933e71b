package org.citiverse.shared.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.citiverse.shared.application.AddressLookup;
import org.citiverse.shared.domain.RuleViolation;

/**
 * "Find this address" on a form (a page keeps one with its view): what was typed is searched in the
 * address register, and when several addresses match they are offered for the person to pick one.
 * A blank search or one the register refuses is said on the form's address field.
 */
public final class AddressChoice implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Enough to pick from; more means the text should be more precise. */
    static final int OFFERED = 8;

    /** An address of the register offered after a search. */
    public record Found(String id, String label, double latitude, double longitude) implements Serializable {

        AddressLookup.AddressMatch match() {
            return new AddressLookup.AddressMatch(id, label, latitude, longitude);
        }
    }

    private final String field;
    private final String blankKey;
    private List<Found> found = List.of();

    /**
     * @param field    the id of the address field, where errors are said
     * @param blankKey the message for a search with nothing typed
     */
    public AddressChoice(String field, String blankKey) {
        this.field = field;
        this.blankKey = blankKey;
    }

    /** The register's matches of the text, perhaps none; an empty or refused text is an error on the field. */
    public List<AddressLookup.AddressMatch> search(AddressLookup addresses, PageMessages messages, String text) {
        if (text == null || text.isBlank()) {
            messages.error(field, blankKey);
            return List.of();
        }
        try {
            return addresses.search(text, OFFERED);
        } catch (RuleViolation e) {
            messages.error(field, e.messageKey());
            return List.of();
        }
    }

    /** Offers these matches to pick from. */
    public void offer(List<AddressLookup.AddressMatch> matches) {
        found = matches.stream().map(m -> new Found(m.id(), m.label(), m.latitude(), m.longitude())).toList();
    }

    /** The offered address with this id, if it was offered; the offer ends once one is taken. */
    public Optional<AddressLookup.AddressMatch> pick(String id) {
        Optional<AddressLookup.AddressMatch> picked = found.stream().filter(f -> f.id().equals(id)).findFirst()
                .map(Found::match);
        picked.ifPresent(p -> clear());
        return picked;
    }

    public void clear() {
        found = List.of();
    }

    /** The addresses offered, none when there is no choice to make. */
    public List<Found> found() {
        return found;
    }
}
