package org.citiverse.place.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AddressTextTest {

    @Test
    void streetKeysKeepOnlyLettersAndDigits() {
        assertEquals("oudegracht", AddressText.streetKey("Oudegracht"));
        assertEquals("thoogt", AddressText.streetKey("'t Hoogt"));
        assertEquals("curacaolaan", AddressText.streetKey("Curaçaolaan"));
        assertEquals("vanaschvanwijckstraat", AddressText.streetKey("Van Asch van Wijck-straat"));
        assertEquals("", AddressText.streetKey("--"));
    }

    @Test
    void aPrefixRangeEndsAtTheNextKey() {
        assertEquals("oudeh", AddressText.keyAfterPrefix("oudeg"));
        assertEquals("b", AddressText.keyAfterPrefix("az"));
        assertEquals("1a", AddressText.keyAfterPrefix("19"));
        assertNull(AddressText.keyAfterPrefix("zz"));
    }

    @Test
    void postcodesAreKeptInOneForm() {
        assertEquals("3511 AB", AddressText.postcode("3511ab"));
        assertEquals("3511 AB", AddressText.postcode(" 3511 AB "));
        assertNull(AddressText.postcode("0511 AB"));
        assertNull(AddressText.postcode("3511  AB"));
        assertNull(AddressText.postcode("3511 A"));
        assertNull(AddressText.postcode("35113 AB"));
        assertEquals("3512", AddressText.postcodeAfterPrefix("3511"));
        assertEquals("352", AddressText.postcodeAfterPrefix("3519"));
        assertEquals("4", AddressText.postcodeAfterPrefix("3999"));
        assertEquals("3511 B", AddressText.postcodeAfterPrefix("3511 A"));
        assertEquals("3512", AddressText.postcodeAfterPrefix("3511 Z"));
        assertNull(AddressText.postcodeAfterPrefix("9999"));
    }

    @Test
    void labelsAreWrittenAsOnALetter() {
        assertEquals("Oudegracht 12a, 3511 AB Utrecht", AddressText.label("Oudegracht", 12, "a", null, "3511 AB",
                "Utrecht"));
        assertEquals("Oudegracht 12a-2, 3511 AB Utrecht", AddressText.label("Oudegracht", 12, "a", "2", "3511 AB",
                "Utrecht"));
        assertEquals("Oudegracht 12-bis, 3511 AB Utrecht", AddressText.label("Oudegracht", 12, null, "bis",
                "3511 AB", "Utrecht"));
    }
}
