package org.citiverse.place.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.place.domain.AddressException.Reason;

/**
 * What someone looks for when they type an address: a street (its start is enough), a house
 * number with letter and addition, a postcode (whole, or its start while it is being typed), a
 * town. Understands "Oudegracht 12a", "oudeg", "12 Oudegracht", "3511 AB 12", "3511AB", "3511",
 * "Oudegracht 12-2, Utrecht" and "Oudegracht 12, 3511 AB Utrecht".
 *
 * @param streetKey      the start of a street's key ({@link AddressText#streetKey}), or null
 * @param houseNumber    null when none was typed
 * @param houseLetter    lower case, or null
 * @param addition       lower case, or null
 * @param postcode       a whole postcode ("3511 AB"), or null
 * @param postcodePrefix the start of a postcode being typed ("35", "3511", "3511 A"), or null
 * @param town           the start of the town's name in lower case, or null
 */
public record AddressQuery(String streetKey, Integer houseNumber, String houseLetter, String addition,
                           String postcode, String postcodePrefix, String town) {

    /** Longer than any address; a guard against pasted text, not a rule about addresses. */
    public static final int MAX_LENGTH = 100;
    /** The most addresses one search answers. */
    public static final int MAX_RESULTS = 20;
    /** Longest house letter, addition (as in the national register) and house number. */
    static final int MAX_ADDITION = 4;
    static final int MAX_HOUSE_NUMBER = 99_999;

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([1-9][0-9]{3}) ?([a-z]{2})(?![\\p{L}\\p{N}])");
    private static final Pattern POSTCODE_START = Pattern.compile("([1-9][0-9]{0,3})|([1-9][0-9]{3}) ?([a-z])");
    /** A number with an optional letter and addition: 12, 12a, 12 a, 12-2, 12a-2, 12 bis, 12a/1. */
    private static final Pattern HOUSE = Pattern.compile(
            "(\\d{1,6})(?:\\s*(\\p{L})(?![\\p{L}\\p{N}]))?(?:\\s*[-/]?\\s*([\\p{L}\\p{N}]{1,4}))?");
    /** "1e", "2de", "3ste": a street named by its order ("2e Daalsedijk"), not a house number. */
    private static final Pattern ORDINAL = Pattern.compile("\\d+(e|de|ste)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    /** Letters, hyphens and apostrophes only: no LIKE wildcard ever reaches the database. */
    private static final Pattern TOWN_WORD = Pattern.compile("[\\p{L}'-]+");

    /**
     * Reads typed text.
     *
     * @throws AddressException QUERY_MISSING, QUERY_TOO_LONG, or QUERY_INVALID when it holds
     *                          control characters or neither a street nor a postcode
     */
    public static AddressQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw new AddressException(Reason.QUERY_MISSING);
        }
        if (text.length() > MAX_LENGTH) {
            throw new AddressException(Reason.QUERY_TOO_LONG);
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new AddressException(Reason.QUERY_INVALID);
        }
        String clean = text.strip().toLowerCase(Locale.ROOT);
        Matcher start = POSTCODE_START.matcher(clean);
        if (start.matches()) { // only a postcode, still being typed
            String prefix = start.group(1) != null ? start.group(1)
                    : start.group(2) + " " + start.group(3).toUpperCase(Locale.ROOT);
            return new AddressQuery(null, null, null, null, null, prefix, null);
        }
        String postcode = null;
        Matcher pc = POSTCODE.matcher(clean);
        if (pc.find()) {
            postcode = AddressText.postcode(pc.group(1) + pc.group(2));
            // What followed the postcode is read like text after a comma (a town).
            boolean afterComma = pc.start() == 0 || clean.charAt(pc.start() - 1) == ',';
            clean = clean.substring(0, pc.start()) + (afterComma ? " " : " , ") + clean.substring(pc.end());
        }
        int comma = clean.indexOf(',');
        String main = (comma < 0 ? clean : clean.substring(0, comma)).strip();
        String rest = comma < 0 ? "" : clean.substring(comma + 1);
        Parts parts = parts(main);
        String town = town(parts.town != null ? parts.town : rest);
        String streetKey = parts.street == null ? null : AddressText.streetKey(parts.street);
        if (streetKey != null && streetKey.isEmpty()) {
            streetKey = null;
        }
        if (streetKey == null && postcode == null) {
            throw new AddressException(Reason.QUERY_INVALID);
        }
        return new AddressQuery(streetKey, parts.number, parts.letter, parts.addition, postcode, null, town);
    }

    /** The street and house of the part before any comma. */
    private static Parts parts(String main) {
        List<String> tokens = main.isEmpty() ? List.of() : Arrays.asList(main.split("\\s+"));
        int house = -1;
        for (int i = 0; i < tokens.size() && house < 0; i++) {
            boolean ordinalStreet = ORDINAL.matcher(tokens.get(i)).matches() && i + 1 < tokens.size();
            if (Character.isDigit(tokens.get(i).charAt(0)) && !ordinalStreet) {
                house = i;
            }
        }
        if (house < 0) {
            return new Parts(main.isEmpty() ? null : main, null, null, null, null);
        }
        List<String> street = new ArrayList<>(tokens.subList(0, house));
        List<String> after = new ArrayList<>(tokens.subList(house, tokens.size()));
        // Words after the number that are longer than any addition: the street ("12 Oudegracht") or a town.
        String trailing = null;
        int cut = after.size();
        while (cut > 1 && after.get(cut - 1).length() > MAX_ADDITION && !hasDigit(after.get(cut - 1))) {
            cut--;
        }
        if (cut < after.size()) {
            trailing = String.join(" ", after.subList(cut, after.size()));
            after = after.subList(0, cut);
        }
        String town = null;
        if (street.isEmpty()) {
            street = trailing == null ? List.of() : List.of(trailing);
        } else {
            town = trailing;
        }
        Matcher m = HOUSE.matcher(String.join(" ", after));
        if (!m.matches()) {
            throw new AddressException(Reason.QUERY_INVALID);
        }
        int number = Integer.parseInt(m.group(1));
        if (number < 1 || number > MAX_HOUSE_NUMBER) {
            throw new AddressException(Reason.QUERY_INVALID);
        }
        return new Parts(street.isEmpty() ? null : String.join(" ", street), number, m.group(2), m.group(3), town);
    }

    /** The words after a comma that can be part of a town's name ("utrecht", "'s-hertogenbosch"). */
    private static String town(String rest) {
        String town = Arrays.stream(SEPARATORS.split(rest)).filter(w -> TOWN_WORD.matcher(w).matches())
                .reduce((a, b) -> a + " " + b).orElse("");
        return town.isEmpty() ? null : town;
    }

    private static boolean hasDigit(String token) {
        return token.chars().anyMatch(Character::isDigit);
    }

    private record Parts(String street, Integer number, String letter, String addition, String town) {
    }
}
