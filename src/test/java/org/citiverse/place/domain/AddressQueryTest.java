package org.citiverse.place.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.citiverse.place.domain.AddressException.Reason;
import org.citiverse.shared.application.AddressLookup;
import org.junit.jupiter.api.Test;

class AddressQueryTest {

    private static AddressQuery street(String key, Integer number, String letter, String addition, String town) {
        return new AddressQuery(key, number, letter, addition, null, null, town);
    }

    @Test
    void aStreetWithANumberLetterAndAddition() {
        assertEquals(street("oudegracht", 12, "a", null, null), AddressQuery.parse("Oudegracht 12a"));
        assertEquals(street("oudegracht", 12, "a", null, null), AddressQuery.parse("  oudegracht   12 A "));
        assertEquals(street("oudegracht", 12, null, "2", null), AddressQuery.parse("Oudegracht 12-2"));
        assertEquals(street("oudegracht", 12, "a", "2", null), AddressQuery.parse("Oudegracht 12a-2"));
        assertEquals(street("oudegracht", 12, null, "bis", null), AddressQuery.parse("Oudegracht 12 bis"));
        assertEquals(street("oudegracht", 12, "a", "1", null), AddressQuery.parse("Oudegracht 12 a 1"));
        assertEquals(street("kromme nieuwegracht".replace(" ", ""), 7, null, null, null),
                AddressQuery.parse("Kromme Nieuwegracht 7"));
    }

    @Test
    void theStartOfAStreetIsEnough() {
        assertEquals(street("oudeg", null, null, null, null), AddressQuery.parse("oudeg"));
        assertEquals(street("thoogt", null, null, null, null), AddressQuery.parse("'t Hoogt"));
        assertEquals(street("curacaolaan", 3, null, null, null), AddressQuery.parse("Curaçaolaan 3"));
    }

    @Test
    void theNumberMayComeFirst() {
        assertEquals(street("oudegracht", 12, "a", null, null), AddressQuery.parse("12a Oudegracht"));
    }

    @Test
    void aStreetNamedByItsOrderIsNoHouseNumber() {
        assertEquals(street("2edaalsedijk", 5, null, null, null), AddressQuery.parse("2e Daalsedijk 5"));
    }

    @Test
    void aTownAfterACommaOrAfterTheNumber() {
        assertEquals(street("oudegracht", 12, null, null, "utrecht"), AddressQuery.parse("Oudegracht 12, Utrecht"));
        assertEquals(street("oudegracht", 12, null, null, "utrecht"), AddressQuery.parse("Oudegracht 12 Utrecht"));
        assertEquals(street("oudegracht", null, null, null, "de meern"), AddressQuery.parse("Oudegracht, De Meern"));
        assertEquals(street("oudegracht", null, null, null, null), AddressQuery.parse("Oudegracht, 100%_"),
                "nothing that is not a town's letters reaches the database");
    }

    @Test
    void aPostcodeWithOrWithoutANumber() {
        assertEquals(new AddressQuery(null, null, null, null, "3511 AB", null, null), AddressQuery.parse("3511AB"));
        assertEquals(new AddressQuery(null, null, null, null, "3511 AB", null, null), AddressQuery.parse("3511 ab"));
        assertEquals(new AddressQuery(null, 12, null, null, "3511 AB", null, null), AddressQuery.parse("3511 AB 12"));
        assertEquals(new AddressQuery(null, 12, "a", null, "3511 AB", null, null), AddressQuery.parse("3511AB 12a"));
        assertEquals(new AddressQuery("oudegracht", 12, null, null, "3511 AB", null, "utrecht"),
                AddressQuery.parse("Oudegracht 12, 3511 AB Utrecht"));
        assertEquals(new AddressQuery("oudegracht", 12, null, null, "3511 AB", null, null),
                AddressQuery.parse("Oudegracht 12 3511AB"));
    }

    @Test
    void aPostcodeBeingTypedIsAPrefix() {
        assertEquals("3", AddressQuery.parse("3").postcodePrefix());
        assertEquals("3511", AddressQuery.parse("3511").postcodePrefix());
        assertEquals("3511 A", AddressQuery.parse("3511 a").postcodePrefix());
        assertEquals("3511 A", AddressQuery.parse("3511A").postcodePrefix());
        assertNull(AddressQuery.parse("3511").streetKey());
    }

    @Test
    void clearRefusals() {
        for (String missing : new String[] {null, "", "  "}) {
            assertEquals(Reason.QUERY_MISSING,
                    assertThrows(AddressException.class, () -> AddressQuery.parse(missing)).reason());
        }
        assertEquals(Reason.QUERY_TOO_LONG,
                assertThrows(AddressException.class, () -> AddressQuery.parse("a".repeat(101))).reason());
        AddressQuery.parse("a".repeat(100));
        for (String unusable : new String[] {"!!!", "12a", "0351", "Oudegracht 1234567", "Oudegracht 123456",
                "Oudegracht 0", "Oude\u0000gracht", "Oudegracht 12 a b c d", "3511 \u00e9\u00e9"}) {
            assertEquals(Reason.QUERY_INVALID,
                    assertThrows(AddressException.class, () -> AddressQuery.parse(unusable), unusable).reason(),
                    unusable);
        }
        assertEquals("place.error.query-too-long", new AddressException(Reason.QUERY_TOO_LONG).messageKey());
    }

    @Test
    void theLimitIsTheSharedContracts() {
        assertEquals(AddressLookup.MAX_RESULTS, AddressQuery.MAX_RESULTS);
    }
}
