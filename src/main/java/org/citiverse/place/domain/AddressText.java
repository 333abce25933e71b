package org.citiverse.place.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How street names and postcodes are compared: one normal form for the register, its imports and searches. */
public final class AddressText {

    /** A Dutch postcode: four digits (not starting with 0), then two letters, with or without a space. */
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");

    private AddressText() {
    }

    /**
     * A street's search key: lower case, accents dropped, only letters a-z and digits, so
     * "'t Hoogt", "T Hoogt" and "thoogt" are one key. Keys of this alphabet sort the same in every
     * database collation, which lets an ordinary index answer prefix searches as ranges.
     */
    public static String streetKey(String street) {
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(street, Normalizer.Form.NFD)).replaceAll("");
        return NOT_KEY.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The smallest key greater than every key starting with {@code prefix} ("oudeg" → "oudeh",
     * "az" → "b"), or null when there is none ("zz"). Only for keys made by {@link #streetKey}.
     */
    public static String keyAfterPrefix(String prefix) {
        StringBuilder next = new StringBuilder(prefix);
        while (next.length() > 0) {
            char last = next.charAt(next.length() - 1);
            if (last == 'z') {
                next.setLength(next.length() - 1); // carry: "az" → "b"
            } else {
                next.setCharAt(next.length() - 1, last == '9' ? 'a' : (char) (last + 1));
                return next.toString();
            }
        }
        return null;
    }

    /**
     * The smallest postcode greater than every postcode starting with {@code prefix} ("3511" →
     * "3512", "3519" → "352", "3511 A" → "3511 B", "3511 Z" → "3512"), or null when there is none.
     * Only for prefixes of the register's form (digits, then a space and a capital).
     */
    public static String postcodeAfterPrefix(String prefix) {
        String digits = prefix.length() > 4 ? prefix.substring(0, 4) : prefix;
        if (prefix.length() > 4 && prefix.charAt(prefix.length() - 1) < 'Z') {
            return digits + " " + (char) (prefix.charAt(prefix.length() - 1) + 1);
        }
        StringBuilder next = new StringBuilder(digits);
        while (next.length() > 0) {
            char last = next.charAt(next.length() - 1);
            if (last == '9') {
                next.setLength(next.length() - 1);
            } else {
                next.setCharAt(next.length() - 1, (char) (last + 1));
                return next.toString();
            }
        }
        return null;
    }

    /** The postcode as the register keeps it ("3511 AB"), or null when the text is no postcode. */
    public static String postcode(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(text.strip());
        return m.matches() ? m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT) : null;
    }

    /** How an address is written: "Oudegracht 12a-2, 3511 AB Utrecht". */
    public static String label(String street, int houseNumber, String houseLetter, String addition, String postcode,
                               String town) {
        return street + " " + houseNumber(houseNumber, houseLetter, addition) + ", " + postcode + " " + town;
    }

    /** The number with its letter and addition: "12", "12a", "12-2", "12a-bis". */
    public static String houseNumber(int houseNumber, String houseLetter, String addition) {
        return houseNumber + (houseLetter == null ? "" : houseLetter) + (addition == null ? "" : "-" + addition);
    }
}
