package org.citiverse.place.application;

/**
 * An address of the register as the interfaces show it.
 *
 * @param label          how it is written: "Oudegracht 12a, 3511 AB Utrecht"
 * @param distanceMetres from the position asked about (nearest address only), else null
 */
public record AddressView(String id, String label, String street, int houseNumber, String houseLetter,
                          String addition, String postcode, String town, double latitude, double longitude,
                          Double distanceMetres) {
}
