package org.citiverse.permit.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The city model in memory, in metres: parcels and zones in STRtrees, parcels by id and by
 * address, buildings by parcel. Immutable once built (the trees are built before it is handed
 * out), so any number of threads read it; a new model is built beside it and swapped in.
 */
public final class CityIndex {

    /** A parcel's shape and what the API shows of it. */
    public record ParcelShape(String id, String addressId, Geometry metres, Point centroid, String wkt, double areaM2,
                              double centroidLatitude, double centroidLongitude) {
    }

    /** A zone's shape (prepared: zones have many corners and are asked often) and rules. */
    public record ZoneShape(String id, String name, ZoneRules rules, Geometry metres, PreparedGeometry prepared) {
    }

    /** A building's footprint and height. */
    public record BuildingShape(String id, String parcelId, Geometry metres, double heightM, double areaM2, String wkt) {
    }

    private final CityGeometry city;
    private final STRtree parcelTree = new STRtree();
    private final STRtree zoneTree = new STRtree();
    private final Map<String, ParcelShape> parcels = new HashMap<>();
    private final Map<String, ParcelShape> byAddress = new HashMap<>();
    private final Map<String, List<BuildingShape>> buildings = new HashMap<>();
    private final List<String> skipped = new ArrayList<>();
    private boolean built;

    public CityIndex(CityGeometry city) {
        this.city = city;
    }

    public CityGeometry city() {
        return city;
    }

    /** Adds a stored parcel (before {@link #build}); one whose geometry no longer passes is skipped. */
    public CityIndex add(Parcel p) {
        requireBuilding();
        try {
            Geometry metres = city.fromWkt(p.geometryWkt());
            ParcelShape shape = new ParcelShape(p.id(), p.addressId(), metres, metres.getInteriorPoint(),
                    p.geometryWkt(), p.areaM2(), p.centroidLat(), p.centroidLon());
            parcels.put(p.id(), shape);
            if (p.addressId() != null) {
                byAddress.merge(p.addressId(), shape, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
            }
            parcelTree.insert(metres.getEnvelopeInternal(), shape);
        } catch (CityModelException e) {
            skipped.add("parcel " + p.id() + ": " + e.detail());
        }
        return this;
    }

    public CityIndex add(Zone z) {
        requireBuilding();
        try {
            Geometry metres = city.fromWkt(z.geometryWkt());
            zoneTree.insert(metres.getEnvelopeInternal(), new ZoneShape(z.id(), z.name(), z.rules(), metres,
                    PreparedGeometryFactory.prepare(metres)));
        } catch (CityModelException e) {
            skipped.add("zone " + z.id() + ": " + e.detail());
        }
        return this;
    }

    /** Adds a building; one without a parcel id stands on the parcel holding its interior point. */
    public CityIndex add(Building b) {
        requireBuilding();
        try {
            Geometry metres = city.fromWkt(b.geometryWkt());
            String parcelId = b.parcelId();
            if (parcelId == null) { // parcels are added first (CityModel), so the tree is complete
                parcelId = containing(metres.getInteriorPoint()).map(ParcelShape::id).orElse(null);
            }
            if (parcelId != null) {
                buildings.computeIfAbsent(parcelId, k -> new ArrayList<>()).add(new BuildingShape(b.id(), parcelId,
                        metres, b.heightM(), b.areaM2(), b.geometryWkt()));
            }
        } catch (CityModelException e) {
            skipped.add("building " + b.id() + ": " + e.detail());
        }
        return this;
    }

    /** Ends adding: builds the trees, so that reading needs no lock. */
    public CityIndex build() {
        requireBuilding();
        parcelTree.build();
        zoneTree.build();
        buildings.values().forEach(list -> list.sort(Comparator.comparing(BuildingShape::id)));
        built = true;
        return this;
    }

    private void requireBuilding() {
        if (built) {
            throw new IllegalStateException("the city index is built");
        }
    }

    /** What was skipped when it was built, with why. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** Every parcel, in no particular order. */
    public java.util.Collection<ParcelShape> parcels() {
        return java.util.Collections.unmodifiableCollection(parcels.values());
    }

    /** Every building placed on a parcel, in no particular order. */
    public List<BuildingShape> buildings() {
        return buildings.values().stream().flatMap(List::stream).toList();
    }

    public int parcelCount() {
        return parcels.size();
    }

    public int zoneCount() {
        return zoneTree.size();
    }

    /**
     * The parcel at a position.
     *
     * @throws CityModelException POINT_INVALID, POINT_OUTSIDE_CITY
     */
    public Optional<ParcelShape> parcelAt(double latitude, double longitude) {
        return containing(city.point(latitude, longitude));
    }

    @SuppressWarnings("unchecked")
    private Optional<ParcelShape> containing(Point point) {
        List<ParcelShape> candidates = parcelTree.query(point.getEnvelopeInternal());
        return candidates.stream().filter(p -> p.metres().covers(point)).min(Comparator.comparing(ParcelShape::id));
    }

    public Optional<ParcelShape> parcel(String id) {
        return Optional.ofNullable(id == null ? null : parcels.get(id));
    }

    public Optional<ParcelShape> parcelOfAddress(String addressId) {
        return Optional.ofNullable(addressId == null ? null : byAddress.get(addressId));
    }

    /**
     * The zone of a parcel: the one containing a point inside the parcel (its interior point: the
     * centroid of an L-shaped parcel may lie outside it); where zones overlap there or none holds
     * it, the one covering most of the parcel; empty when no zone touches it.
     */
    @SuppressWarnings("unchecked")
    public Optional<ZoneShape> zoneOf(ParcelShape parcel) {
        List<ZoneShape> candidates = zoneTree.query(parcel.metres().getEnvelopeInternal());
        List<ZoneShape> holding = candidates.stream().filter(z -> z.prepared().covers(parcel.centroid())).toList();
        if (holding.size() == 1) {
            return Optional.of(holding.get(0));
        }
        List<ZoneShape> among = holding.isEmpty() ? candidates : holding;
        ZoneShape best = null;
        double most = 0;
        for (ZoneShape zone : among) {
            if (!zone.prepared().intersects(parcel.metres())) {
                continue;
            }
            double overlap = zone.metres().intersection(parcel.metres()).getArea();
            if (overlap > most || (overlap == most && best != null && zone.id().compareTo(best.id()) < 0)) {
                most = overlap;
                best = zone;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<BuildingShape> buildingsOn(ParcelShape parcel) {
        return buildings.getOrDefault(parcel.id(), List.of());
    }
}
