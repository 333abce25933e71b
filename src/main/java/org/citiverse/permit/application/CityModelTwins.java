package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.citiverse.permit.domain.CityIndex;
import org.citiverse.shared.application.AddressLookup;
import org.citiverse.twin.application.RegisterTwins;
import org.citiverse.twin.application.RegisterTwins.Entry;
import org.citiverse.twin.application.RegisterTwins.Kind;
import org.locationtech.jts.geom.Geometry;

/**
 * The city model's parcels and buildings as twins (types {@code parcel} and {@code building}, a
 * building inside its parcel), so the rest of the platform finds them like any twin. The model in
 * memory is published whenever it was read anew (at start and after an import), a thousand at a
 * time; unchanged twins are left as they are.
 */
@ApplicationScoped
public class CityModelTwins {

    private static final Logger LOG = Logger.getLogger(CityModelTwins.class.getName());
    static final int BATCH = 1_000;
    /** The department that keeps the city model administers its twins. */
    static final String OWNER = "department:permits";
    static final Kind PARCELS = new Kind("parcel", OWNER, null,
            Map.of("areaM2", "NUMBER", "addressId", "TEXT", "zone", "TEXT"));
    static final Kind BUILDINGS = new Kind("building", OWNER, "parcel", Map.of("heightM", "NUMBER", "areaM2", "NUMBER"));

    @Inject
    CityModel model;

    @Inject
    RegisterTwins twins;

    @Inject
    AddressLookup addresses;

    /** The model last published (its index is replaced, never changed, when the model is read anew). */
    private volatile CityIndex published;

    /** The id of a parcel's twin. */
    public static String parcelTwinId(String parcelId) {
        return RegisterTwins.twinId(PARCELS.type(), parcelId);
    }

    /** The id of a building's twin. */
    public static String buildingTwinId(String buildingId) {
        return RegisterTwins.twinId(BUILDINGS.type(), buildingId);
    }

    /** Publishes the model in memory unless that one was published already; answers whether it did. */
    public synchronized boolean publishIfNew() {
        if (!model.loaded() || model.index() == published) {
            return false;
        }
        CityIndex current = model.index();
        long start = System.nanoTime();
        int[] counts = new int[2];
        List<Entry> parcels = new ArrayList<>();
        for (CityIndex.ParcelShape p : current.parcels()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("areaM2", round(p.areaM2()));
            values.put("addressId", p.addressId());
            values.put("zone", current.zoneOf(p).map(CityIndex.ZoneShape::id).orElse(null));
            String label = p.addressId() == null ? null
                    : addresses.find(p.addressId()).map(AddressLookup.AddressMatch::label).orElse(null);
            parcels.add(new Entry(p.id(), label == null ? "Parcel " + p.id() : label + " (parcel " + p.id() + ")",
                    null, p.centroidLatitude(), p.centroidLongitude(), values));
        }
        send(PARCELS, parcels, counts);
        List<Entry> buildings = new ArrayList<>();
        for (CityIndex.BuildingShape b : current.buildings()) {
            double[] at = centre(current, b.metres());
            buildings.add(new Entry(b.id(), "Building " + b.id(), b.parcelId(), at[0], at[1],
                    Map.of("heightM", b.heightM(), "areaM2", round(b.areaM2()))));
        }
        send(BUILDINGS, buildings, counts);
        published = current;
        LOG.info(() -> "City model twins: " + parcels.size() + " parcels and " + buildings.size() + " buildings published ("
                + counts[0] + " added, " + counts[1] + " changed) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return true;
    }

    private void send(Kind kind, List<Entry> entries, int[] counts) {
        for (int from = 0; from < entries.size(); from += BATCH) {
            RegisterTwins.Published done = twins.publish(kind, entries.subList(from, Math.min(entries.size(), from + BATCH)));
            counts[0] += done.added();
            counts[1] += done.changed();
        }
    }

    private static double[] centre(CityIndex model, Geometry metres) {
        return model.city().projection().toDegrees(metres.getCentroid().getCoordinate());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
