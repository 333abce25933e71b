package org.citiverse.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A zone of the zoning plan under its code, with the attributes a permit check reads. */
@Entity
@Table(name = "permit_zone")
public class Zone {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "zone_type", nullable = false, length = 20)
    private String type;

    @Column(name = "name", nullable = false, length = CityFeature.MAX_NAME)
    private String name;

    @Column(name = "geometry_wkt", nullable = false, length = CityGeometry.MAX_ZONE_WKT_CHARS)
    private String geometryWkt;

    @Column(name = "max_height_m")
    private Double maxHeightM;

    @Column(name = "min_setback_m")
    private Double minSetbackM;

    @Column(name = "max_lot_coverage_pct")
    private Double maxLotCoveragePct;

    @Column(name = "monument", nullable = false)
    private boolean monument;

    @Column(name = "conservation", nullable = false)
    private boolean conservation;

    @Column(name = "tree_protection", nullable = false)
    private boolean treeProtection;

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

    protected Zone() {
        // for JPA
    }

    public Zone(CityFeature feature, String name, ZoneRules rules) {
        this.id = feature.id();
        replaceWith(feature, name, rules);
    }

    public void replaceWith(CityFeature feature, String name, ZoneRules rules) {
        if (!feature.id().equals(id)) {
            throw new IllegalArgumentException("another zone: " + feature.id());
        }
        this.name = name;
        type = rules.type();
        maxHeightM = rules.maxHeightM();
        minSetbackM = rules.minSetbackM();
        maxLotCoveragePct = rules.maxLotCoveragePct();
        monument = rules.monument();
        conservation = rules.conservation();
        treeProtection = rules.treeProtection();
        geometryWkt = CityGeometry.wkt(feature.wgs84());
        double[] box = feature.box();
        minLat = box[0];
        minLon = box[1];
        maxLat = box[2];
        maxLon = box[3];
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String geometryWkt() {
        return geometryWkt;
    }

    public ZoneRules rules() {
        return new ZoneRules(type, maxHeightM, minSetbackM, maxLotCoveragePct, monument, conservation, treeProtection);
    }
}
