package org.citiverse.place.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.citiverse.shared.domain.CityArea;
import org.citiverse.shared.domain.PlainText;

/**
 * One address as an import delivers it, checked: the register's id, street, house number with
 * optional letter and addition, postcode, town and position inside the city.
 */
public record AddressRecord(String id, String street, int houseNumber, String houseLetter, String addition,
                            String postcode, String town, double latitude, double longitude) {

    /** The columns of an import file, in this order, named on its first line. */
    public static final List<String> COLUMNS = List.of("id", "street", "house_number", "house_letter", "addition",
            "postcode", "town", "latitude", "longitude");
    public static final int MAX_ID = 40;
    public static final int MAX_NAME = 80;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ADDITION = Pattern.compile("[\\p{L}\\p{N}]{1," + AddressQuery.MAX_ADDITION + "}");
    /** Decimal degrees as written in a file: no exponents, hexadecimal, NaN or Infinity. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]{1,3}(\\.[0-9]{1,20})?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    /**
     * Checks the cells of one row (in {@link #COLUMNS} order; blank cells are missing values).
     *
     * @throws Rejected saying what is wrong with the first bad cell
     */
    public static AddressRecord of(List<String> cells, CityArea city) throws Rejected {
        if (cells.size() != COLUMNS.size()) {
            throw new Rejected("expected " + COLUMNS.size() + " fields (" + String.join(",", COLUMNS) + "), found "
                    + cells.size());
        }
        String id = required(cells, 0);
        if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
            throw new Rejected("id must be 1 to " + MAX_ID + " letters, digits or . _ : -");
        }
        String street = name(cells, 1);
        if (AddressText.streetKey(street).isEmpty()) {
            throw new Rejected("street must hold letters or digits");
        }
        String number = required(cells, 2);
        int houseNumber = WHOLE_NUMBER.matcher(number).matches() ? Integer.parseInt(number) : 0;
        if (houseNumber < 1 || houseNumber > AddressQuery.MAX_HOUSE_NUMBER) {
            throw new Rejected("house_number must be a whole number from 1 to " + AddressQuery.MAX_HOUSE_NUMBER);
        }
        String letter = optional(cells, 3);
        if (letter != null && !LETTER.matcher(letter).matches()) {
            throw new Rejected("house_letter must be one letter");
        }
        String addition = optional(cells, 4);
        if (addition != null && !ADDITION.matcher(addition).matches()) {
            throw new Rejected("addition must be 1 to " + AddressQuery.MAX_ADDITION + " letters or digits");
        }
        String postcode = AddressText.postcode(required(cells, 5));
        if (postcode == null) {
            throw new Rejected("postcode must be four digits and two letters, such as 3511 AB");
        }
        String town = name(cells, 6);
        double latitude = coordinate(cells, 7);
        double longitude = coordinate(cells, 8);
        if (!city.contains(latitude, longitude)) {
            throw new Rejected("latitude,longitude lies outside the city (" + city + ")");
        }
        return new AddressRecord(id, street, houseNumber, lower(letter), lower(addition), postcode, town, latitude,
                longitude);
    }

    private static String required(List<String> cells, int index) throws Rejected {
        String value = optional(cells, index);
        if (value == null) {
            throw new Rejected(COLUMNS.get(index) + " is missing");
        }
        return value;
    }

    private static String optional(List<String> cells, int index) {
        String value = cells.get(index) == null ? "" : cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static String name(List<String> cells, int index) throws Rejected {
        String value = required(cells, index);
        String clean = PlainText.clean(value, MAX_NAME);
        if (clean == null) {
            throw new Rejected(COLUMNS.get(index) + " must be at most " + MAX_NAME + " characters of text");
        }
        return clean;
    }

    private static double coordinate(List<String> cells, int index) throws Rejected {
        String value = required(cells, index);
        if (!DECIMAL.matcher(value).matches()) {
            throw new Rejected(COLUMNS.get(index) + " must be a number in decimal degrees, such as 52.0907");
        }
        return Double.parseDouble(value);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** A row the import leaves out, and why (in words for the person who made the file). */
    public static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        public Rejected(String reason) {
            super(reason, null, false, false); // a rejection per bad row: no stack trace to fill
        }

        public String reason() {
            return getMessage();
        }
    }
}
