package org.citiverse.permit.domain;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/** Where the city model is kept. */
public interface CityModelRepository {

    /** Every parcel, zone or building, one by one (the whole model is read into memory at start). */
    void eachParcel(Consumer<Parcel> each);

    void eachZone(Consumer<Zone> each);

    void eachBuilding(Consumer<Building> each);

    Map<String, Parcel> parcels(Collection<String> ids);

    Map<String, Zone> zones(Collection<String> ids);

    Map<String, Building> buildings(Collection<String> ids);

    void add(Object parcelZoneOrBuilding);

    void flush();
}
