package org.citiverse.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An existing building's footprint with its height, on the parcel it stands on (if known). */
@Entity
@Table(name = "permit_building")
public class Building {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    /** A parcel id; no foreign key, so buildings and parcels may be imported in either order. */
    @Column(name = "parcel_id", length = 40)
    private String parcelId;

    @Column(name = "geometry_wkt", nullable = false, length = CityGeometry.MAX_WKT_CHARS)
    private String geometryWkt;

    @Column(name = "height_m", nullable = false)
    private double heightM;

    @Column(name = "area_m2", nullable = false)
    private double areaM2;

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

    protected Building() {
        // for JPA
    }

    public Building(CityFeature feature, String parcelId, double heightM) {
        this.id = feature.id();
        replaceWith(feature, parcelId, heightM);
    }

    public void replaceWith(CityFeature feature, String parcelId, double heightM) {
        if (!feature.id().equals(id)) {
            throw new IllegalArgumentException("another building: " + feature.id());
        }
        this.parcelId = parcelId;
        this.heightM = heightM;
        geometryWkt = CityGeometry.wkt(feature.wgs84());
        areaM2 = feature.metres().getArea();
        double[] box = feature.box();
        minLat = box[0];
        minLon = box[1];
        maxLat = box[2];
        maxLon = box[3];
    }

    public String id() {
        return id;
    }

    public String parcelId() {
        return parcelId;
    }

    public String geometryWkt() {
        return geometryWkt;
    }

    public double heightM() {
        return heightM;
    }

    public double areaM2() {
        return areaM2;
    }
}
