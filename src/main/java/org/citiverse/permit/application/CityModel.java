package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.citiverse.permit.domain.CityGeometry;
import org.citiverse.permit.domain.CityIndex.BuildingShape;
import org.citiverse.permit.domain.CityIndex.ParcelShape;
import org.citiverse.permit.domain.CityIndex.ZoneShape;
import org.citiverse.permit.domain.CityIndex;
import org.citiverse.permit.domain.CityModelException.Reason;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.permit.domain.CityModelRepository;
import org.citiverse.permit.domain.Footprints;
import org.citiverse.permit.domain.ZoneRules;
import org.citiverse.shared.domain.CityArea;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The city model for permit checks: the parcel at a position, of an address or by id, its zone and
 * buildings, and the geometry of a planned footprint on it (distance to the boundary, lot coverage)
 * computed in metres. Lookups read an immutable {@link CityIndex} built from the database on first
 * use and rebuilt after each import, then swapped in whole, so readers never wait.
 */
@ApplicationScoped
public class CityModel {

    private static final Logger LOG = Logger.getLogger(CityModel.class.getName());

    @Inject
    CityModelRepository repository;

    @Inject
    @ConfigProperty(name = "complaint.city.bounds", defaultValue = "51.95,4.90,52.25,5.35")
    String cityBounds;

    private volatile CityIndex index;

    /** The model in memory, read from the database the first time it is asked for. */
    CityIndex index() {
        CityIndex current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = load();
                    index = current;
                }
            }
        }
        return current;
    }

    /** Reads the model from the database unless it is in memory already (at start, so no visitor waits for it). */
    public void warmUp() {
        index();
    }

    public boolean loaded() {
        return index != null;
    }

    /** Reads the model from the database again and swaps it in (after an import). */
    public void reload() {
        CityIndex fresh = load();
        synchronized (this) {
            index = fresh;
        }
    }

    /** Replaces the model with one already built (tests). */
    void use(CityIndex built) {
        index = built;
    }

    private CityIndex load() {
        long start = System.nanoTime();
        CityIndex fresh = new CityIndex(new CityGeometry(CityArea.parse(cityBounds)));
        repository.eachParcel(fresh::add); // parcels first: a building without a parcel id is placed by them
        repository.eachZone(fresh::add);
        repository.eachBuilding(fresh::add);
        fresh.build();
        LOG.info(() -> "City model: " + fresh.parcelCount() + " parcels, " + fresh.zoneCount() + " zones indexed in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        fresh.skipped().stream().limit(20).forEach(s -> LOG.warning("City model: left out " + s));
        return fresh;
    }

    public Optional<ParcelView> parcelAt(double latitude, double longitude) {
        CityIndex model = index();
        return model.parcelAt(latitude, longitude).map(p -> view(model, p));
    }

    public Optional<ParcelView> parcel(String id) {
        CityIndex model = index();
        return model.parcel(id).map(p -> view(model, p));
    }

    public Optional<ParcelView> parcelOfAddress(String addressId) {
        CityIndex model = index();
        return model.parcelOfAddress(addressId).map(p -> view(model, p));
    }

    /** The zone of the parcel (see {@link CityIndex#zoneOf}). */
    public Optional<ParcelView.ZoneView> zoneOf(String parcelId) {
        CityIndex model = index();
        return model.zoneOf(shape(model, parcelId)).map(CityModel::view);
    }

    public List<ParcelView.BuildingView> buildingsOn(String parcelId) {
        CityIndex model = index();
        return model.buildingsOn(shape(model, parcelId)).stream().map(CityModel::view).toList();
    }

    /**
     * A footprint drawn by the citizen, WKT in WGS84, checked like any polygon of the model.
     *
     * @throws CityModelException GEOMETRY_INVALID, GEOMETRY_SELF_INTERSECTING, GEOMETRY_OUTSIDE_CITY
     */
    public Geometry footprint(String wgs84Wkt) {
        return index().city().fromWkt(wgs84Wkt);
    }

    /**
     * A rectangle width × depth metres at the rear of the parcel, {@code gapToRear} metres from its
     * rear boundary. The street side is where the parcel's buildings stand, else the side
     * nearest {@code streetSide} (lat, lon; e.g. the address), else the parcel's first edge.
     */
    public Polygon footprintAtRear(String parcelId, double width, double depth, double gapToRear, double[] streetSide) {
        CityIndex model = index();
        ParcelShape parcel = shape(model, parcelId);
        List<BuildingShape> on = model.buildingsOn(parcel);
        Coordinate front;
        if (on.size() == 1) {
            front = on.get(0).metres().getCentroid().getCoordinate();
        } else if (!on.isEmpty()) {
            front = UnaryUnionOp.union(on.stream().map(BuildingShape::metres).toList()).getCentroid().getCoordinate();
        } else if (streetSide != null) {
            front = model.city().projection().toMetres(streetSide[0], streetSide[1]);
        } else {
            Coordinate[] ring = parcel.metres().getCoordinates();
            front = new Coordinate((ring[0].x + ring[1].x) / 2, (ring[0].y + ring[1].y) / 2);
        }
        return Footprints.atRear(parcel.metres(), front, width, depth, gapToRear);
    }

    /** The footprint's shortest distance to the parcel's boundary in metres. */
    public double distanceToBoundary(String parcelId, Geometry footprintMetres) {
        return Footprints.distanceToBoundary(shape(index(), parcelId).metres(), footprintMetres);
    }

    /** The parcel's lot coverage in percent with the footprint added to its buildings. */
    public double coverageWith(String parcelId, Geometry footprintMetres) {
        CityIndex model = index();
        ParcelShape parcel = shape(model, parcelId);
        Collection<Geometry> existing = model.buildingsOn(parcel).stream().map(BuildingShape::metres).toList();
        return Footprints.coveragePercent(parcel.metres(), existing, footprintMetres);
    }

    /** A footprint in metres as WGS84 WKT (to show it on a map). */
    public String wkt(Geometry metres) {
        return CityGeometry.wkt(index().city().projection().toDegrees(metres));
    }

    private static ParcelShape shape(CityIndex model, String parcelId) {
        return model.parcel(parcelId).orElseThrow(() -> new CityModelException(Reason.PARCEL_NOT_FOUND,
                "The city model has no parcel with this id."));
    }

    private static ParcelView view(CityIndex model, ParcelShape p) {
        return new ParcelView(p.id(), p.addressId(), round(p.areaM2()), p.centroidLatitude(), p.centroidLongitude(),
                p.wkt(), model.zoneOf(p).map(CityModel::view).orElse(null),
                model.buildingsOn(p).stream().map(CityModel::view).toList(), CityModelTwins.parcelTwinId(p.id()));
    }

    private static ParcelView.ZoneView view(ZoneShape z) {
        ZoneRules r = z.rules();
        return new ParcelView.ZoneView(z.id(), r.type(), z.name(), r.maxHeightM(), r.minSetbackM(),
                r.maxLotCoveragePct(), r.monument(), r.conservation(), r.treeProtection());
    }

    private static ParcelView.BuildingView view(BuildingShape b) {
        return new ParcelView.BuildingView(b.id(), b.heightM(), round(b.areaM2()), b.wkt(),
                CityModelTwins.buildingTwinId(b.id()));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
