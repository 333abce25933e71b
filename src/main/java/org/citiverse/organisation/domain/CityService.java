package org.citiverse.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A place where a department serves people: a desk, a recycling centre, a depot. */
@Entity
@Table(name = "organisation_service")
public class CityService {

    @Id
    private UUID id;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "name_nl", nullable = false, length = 120)
    private String nameNl;

    @Column(name = "address", nullable = false, length = 200)
    private String address;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    private int version;

    protected CityService() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public String departmentCode() {
        return departmentCode;
    }

    /** The name in the language asked for (Dutch or English). */
    public String name(String language) {
        return "nl".equals(language) ? nameNl : nameEn;
    }

    public String address() {
        return address;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public boolean active() {
        return active;
    }
}
