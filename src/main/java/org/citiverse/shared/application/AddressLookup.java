package org.citiverse.shared.application;

import java.util.List;
import java.util.Optional;

/**
 * The city's address register for every context (the place context implements it): find a
 * place by what someone types, name a map position by its nearest address. Maps are never the
 * only way to give a place; this is the other way.
 */
public interface AddressLookup {

    /** The most addresses one search answers. */
    int MAX_RESULTS = 20;

    /**
     * Addresses matching free text such as "Oudegracht 12a", "oudeg", "3511 AB 12", "3511AB" or
     * "Oudegracht 12, Utrecht": the street as typed first, then the house number as typed, then the
     * nearest numbers; at most {@code max}.
     *
     * @param max 1 to {@link #MAX_RESULTS}
     * @throws org.citiverse.shared.domain.RuleViolation for text that is missing, longer than 100
     *         characters or names neither a street nor a postcode, and for a max out of range; its
     *         message key ({@code place.error.…}) explains it in the person's language
     */
    List<AddressMatch> search(String query, int max);

    /** The address with the register's id, if the register has it. */
    Optional<AddressMatch> find(String id);

    /**
     * The address nearest a position (a map pin: "near Oudegracht 12"), if one lies within
     * 1,000 metres.
     *
     * @throws org.citiverse.shared.domain.RuleViolation for a position off the globe
     */
    Optional<AddressMatch> nearest(double latitude, double longitude);

    /**
     * The streets that pass through a box, each as a line through its addresses in house-number
     * order (the middle of each pair of opposite numbers), for drawing a map without tiles. At most
     * {@link #MAX_STREET_ADDRESSES} addresses are read.
     */
    List<Street> streets(double south, double west, double north, double east);

    /** The most addresses one map of streets is drawn from. */
    int MAX_STREET_ADDRESSES = 5_000;

    /** A position in WGS84 degrees. */
    record Position(double latitude, double longitude) {
    }

    /** A street's name and its line, from its lowest house number to its highest. */
    record Street(String name, List<Position> points) {
    }

    /**
     * One address: the register's stable id, how it is written ("Oudegracht 12a, 3511 AB Utrecht")
     * and where it is (WGS84).
     */
    record AddressMatch(String id, String label, double latitude, double longitude) {
    }
}
