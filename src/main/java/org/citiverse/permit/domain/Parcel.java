package org.citiverse.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.locationtech.jts.geom.Point;

/** A cadastral parcel under its own id, with the address of the register it has (if any). */
@Entity
@Table(name = "permit_parcel")
public class Parcel {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    /** An address id of the place context's register; no foreign key crosses contexts. */
    @Column(name = "address_id", length = 40)
    private String addressId;

    @Column(name = "geometry_wkt", nullable = false, length = CityGeometry.MAX_WKT_CHARS)
    private String geometryWkt;

    @Column(name = "area_m2", nullable = false)
    private double areaM2;

    @Column(name = "centroid_lat", nullable = false)
    private double centroidLat;

    @Column(name = "centroid_lon", nullable = false)
    private double centroidLon;

    @Column(name = "min_lat", nullable = false)
    private double minLat;

    @Column(name = "min_lon", nullable = false)
    private double minLon;

    @Column(name = "max_lat", nullable = false)
    private double maxLat;

    @Column(name = "max_lon", nullable = false)
    private double maxLon;

    @Version
    private int version;

    protected Parcel() {
        // for JPA
    }

    public Parcel(CityFeature feature, String addressId, LocalProjection projection) {
        this.id = feature.id();
        replaceWith(feature, addressId, projection);
    }

    /** Takes an import's values for this id. */
    public void replaceWith(CityFeature feature, String addressId, LocalProjection projection) {
        if (!feature.id().equals(id)) {
            throw new IllegalArgumentException("another parcel: " + feature.id());
        }
        this.addressId = addressId;
        geometryWkt = CityGeometry.wkt(feature.wgs84());
        areaM2 = feature.metres().getArea();
        Point centroid = feature.metres().getCentroid();
        double[] degrees = projection.toDegrees(centroid.getCoordinate());
        centroidLat = degrees[0];
        centroidLon = degrees[1];
        double[] box = feature.box();
        minLat = box[0];
        minLon = box[1];
        maxLat = box[2];
        maxLon = box[3];
    }

    public String id() {
        return id;
    }

    public String addressId() {
        return addressId;
    }

    public String geometryWkt() {
        return geometryWkt;
    }

    public double areaM2() {
        return areaM2;
    }

    public double centroidLat() {
        return centroidLat;
    }

    public double centroidLon() {
        return centroidLon;
    }
}
