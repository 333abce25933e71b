package org.citiverse.place.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The city's address register. */
public interface AddressRepository {

    Optional<Address> find(String id);

    /** Those of these ids that are in the register, by id. */
    Map<String, Address> findAll(Collection<String> ids);

    /**
     * Addresses matching the query, best first: the street as typed before longer names, then the
     * house number, letter and addition as typed, then the nearest numbers; at most {@code max}.
     */
    List<Address> search(AddressQuery query, int max);

    /**
     * The addresses in the box {minLat, minLon, maxLat, maxLon} nearest the point, measured on a
     * flat map (good enough to pick candidates in a city), at most {@code max}.
     */
    List<Address> nearest(double latitude, double longitude, double[] box, int max);

    /** Addresses in a box ({south, west, north, east}), at most {@code max}. */
    List<Address> inBox(double[] box, int max);

    void add(Address address);

    /** Writes what is pending and forgets it, so a long import keeps only one batch in memory. */
    void flush();
}
