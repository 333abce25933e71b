package org.citiverse.place.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An address of the city's register, under the register's own stable id. */
@Entity
@Table(name = "place_address")
public class Address {

    @Id
    @Column(name = "id", length = AddressRecord.MAX_ID)
    private String id;

    @Column(name = "street", nullable = false, length = AddressRecord.MAX_NAME)
    private String street;

    /** Kept with the street so searches compare keys an index can answer (AddressText.streetKey). */
    @Column(name = "street_key", nullable = false, length = AddressRecord.MAX_NAME)
    private String streetKey;

    @Column(name = "house_number", nullable = false)
    private int houseNumber;

    @Column(name = "house_letter", length = 1)
    private String houseLetter;

    @Column(name = "addition", length = 4)
    private String addition;

    @Column(name = "postcode", nullable = false, length = 7)
    private String postcode;

    @Column(name = "town", nullable = false, length = AddressRecord.MAX_NAME)
    private String town;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Version
    private int version;

    protected Address() {
        // for JPA
    }

    public Address(AddressRecord record) {
        this.id = record.id();
        replaceWith(record);
    }

    /** Takes the register's current values for this id (an import). */
    public void replaceWith(AddressRecord record) {
        if (!record.id().equals(id)) {
            throw new IllegalArgumentException("another address: " + record.id());
        }
        street = record.street();
        streetKey = AddressText.streetKey(record.street());
        houseNumber = record.houseNumber();
        houseLetter = record.houseLetter();
        addition = record.addition();
        postcode = record.postcode();
        town = record.town();
        latitude = record.latitude();
        longitude = record.longitude();
    }

    /** "Oudegracht 12a, 3511 AB Utrecht". */
    public String label() {
        return AddressText.label(street, houseNumber, houseLetter, addition, postcode, town);
    }

    public String id() {
        return id;
    }

    public String street() {
        return street;
    }

    public int houseNumber() {
        return houseNumber;
    }

    public String houseLetter() {
        return houseLetter;
    }

    public String addition() {
        return addition;
    }

    public String postcode() {
        return postcode;
    }

    public String town() {
        return town;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }
}
