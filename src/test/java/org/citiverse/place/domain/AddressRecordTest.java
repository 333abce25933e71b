package org.citiverse.place.domain;

import org.citiverse.shared.domain.CityArea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRecordTest {

    private static final CityArea CITY = CityArea.parse("51.95,4.90,52.25,5.35");
    private static final List<String> GOOD = List.of("0344200000123456", "Oudegracht", "12", "A", "", "3511ab",
            "Utrecht", "52.0955", "5.1182");

    private static List<String> with(int index, String value) {
        List<String> cells = new ArrayList<>(GOOD);
        cells.set(index, value);
        return cells;
    }

    private static String rejection(List<String> cells) {
        return assertThrows(AddressRecord.Rejected.class, () -> AddressRecord.of(cells, CITY), cells.toString())
                .reason();
    }

    @Test
    void aGoodRowIsKeptInTheRegistersForm() throws AddressRecord.Rejected {
        AddressRecord record = AddressRecord.of(GOOD, CITY);
        assertEquals(new AddressRecord("0344200000123456", "Oudegracht", 12, "a", null, "3511 AB", "Utrecht", 52.0955,
                5.1182), record);
        AddressRecord spaced = AddressRecord.of(Arrays.asList(" x:1 ", " 't Hoogt ", " 7 ", null, "BIS", "3512 AZ",
                "Utrecht", "+52.1", "5"), CITY);
        assertEquals("'t Hoogt", spaced.street());
        assertEquals("bis", spaced.addition());
        assertEquals("x:1", spaced.id());
    }

    @Test
    void theHeaderNamesTheColumns() {
        assertEquals("id,street,house_number,house_letter,addition,postcode,town,latitude,longitude",
                String.join(",", AddressRecord.COLUMNS));
    }

    @Test
    void missingFieldsAreNamed() {
        assertEquals("id is missing", rejection(with(0, "")));
        assertEquals("street is missing", rejection(with(1, "  ")));
        assertEquals("house_number is missing", rejection(with(2, "")));
        assertEquals("postcode is missing", rejection(with(5, "")));
        assertEquals("town is missing", rejection(with(6, "")));
        assertEquals("latitude is missing", rejection(with(7, "")));
        assertEquals("longitude is missing", rejection(with(8, "")));
    }

    @Test
    void theWrongNumberOfFields() {
        assertEquals("expected 9 fields (id,street,house_number,house_letter,addition,postcode,town,latitude,"
                + "longitude), found 8", rejection(GOOD.subList(0, 8)));
        List<String> more = new ArrayList<>(GOOD);
        more.add("extra");
        assertEquals(true, rejection(more).endsWith("found 10"));
    }

    @Test
    void badNumbers() {
        for (String number : new String[] {"twelve", "0", "-1", "12.5", "100000", "1e3", "99999999999"}) {
            assertEquals("house_number must be a whole number from 1 to 99999", rejection(with(2, number)), number);
        }
        for (String degrees : new String[] {"north", "NaN", "Infinity", "52,09", "0x1p4", "5e1", "52.0907d", "1000"}) {
            assertEquals("latitude must be a number in decimal degrees, such as 52.0907", rejection(with(7, degrees)),
                    degrees);
        }
        assertEquals("longitude must be a number in decimal degrees, such as 52.0907", rejection(with(8, "east")));
    }

    @Test
    void positionsOutsideTheCity() {
        assertEquals("latitude,longitude lies outside the city (51.95,4.9,52.25,5.35)", rejection(with(7, "52.3")));
        assertEquals("latitude,longitude lies outside the city (51.95,4.9,52.25,5.35)", rejection(with(8, "-5.1")));
    }

    @Test
    void postcodesLettersAndAdditions() {
        for (String postcode : new String[] {"351 AB", "3511", "0511 AB", "3511-AB", "ABCD 12"}) {
            assertEquals("postcode must be four digits and two letters, such as 3511 AB",
                    rejection(with(5, postcode)), postcode);
        }
        assertEquals("house_letter must be one letter", rejection(with(3, "ab")));
        assertEquals("house_letter must be one letter", rejection(with(3, "1")));
        assertEquals("addition must be 1 to 4 letters or digits", rejection(with(4, "hoog1")));
        assertEquals("addition must be 1 to 4 letters or digits", rejection(with(4, "2-3")));
    }

    @Test
    void tooLongOrNotText() {
        assertEquals("id must be 1 to 40 letters, digits or . _ : -", rejection(with(0, "x".repeat(41))));
        assertEquals("id must be 1 to 40 letters, digits or . _ : -", rejection(with(0, "a b")));
        assertEquals("street must be at most 80 characters of text", rejection(with(1, "s".repeat(81))));
        assertEquals("street must be at most 80 characters of text", rejection(with(1, "Oude\u0007gracht")));
        assertEquals("street must hold letters or digits", rejection(with(1, "--")));
        assertEquals("town must be at most 80 characters of text", rejection(with(6, "t".repeat(81))));
    }
}
