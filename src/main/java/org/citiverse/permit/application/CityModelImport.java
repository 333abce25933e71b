package org.citiverse.permit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.permit.domain.Building;
import org.citiverse.permit.domain.CityFeature.Rejected;
import org.citiverse.permit.domain.CityFeature;
import org.citiverse.permit.domain.CityGeometry;
import org.citiverse.permit.domain.CityModelException.Reason;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.permit.domain.CityModelRepository;
import org.citiverse.permit.domain.Parcel;
import org.citiverse.permit.domain.Zone;
import org.citiverse.permit.domain.ZoneRules;
import org.citiverse.shared.domain.CityArea;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Administrators load parcels, zones or buildings from a GeoJSON FeatureCollection: each feature
 * is checked ({@link CityFeature}, the properties its kind needs) and adds or replaces the one
 * with its id; features that break a rule are left out and reported. One transaction for the whole
 * file, one import at a time, audited; the model in memory is rebuilt once it is committed.
 */
@ApplicationScoped
public class CityModelImport {

    /** Features an import answers with their reasons; the rest are only counted. */
    public static final int LISTED_REJECTIONS = 100;
    static final int BATCH = 500;
    private static final int IMPORT_TIMEOUT_SECONDS = 600;
    private static final Logger LOG = Logger.getLogger(CityModelImport.class.getName());

    /** What an import loads. */
    public enum Kind {
        PARCELS, ZONES, BUILDINGS
    }

    @Inject
    CityModelRepository repository;

    @Inject
    CityModel model;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "complaint.city.bounds", defaultValue = "51.95,4.90,52.25,5.35")
    String cityBounds;

    @Resource
    UserTransaction transaction;

    private final Semaphore importing = new Semaphore(1);

    /**
     * Stores a GeoJSON FeatureCollection of this kind.
     *
     * @throws CityModelException FILE_INVALID for a file that is no JSON or no FeatureCollection,
     *                            IMPORT_RUNNING while another import is being stored
     */
    public ImportReport importFeatures(Kind kind, InputStream geoJson) {
        List<JsonValue> features = read(geoJson);
        if (!importing.tryAcquire()) {
            throw new CityModelException(Reason.IMPORT_RUNNING, "Another import is being stored.");
        }
        try {
            ImportReport report;
            transaction.setTransactionTimeout(IMPORT_TIMEOUT_SECONDS);
            transaction.begin();
            try {
                report = store(kind, features);
                transaction.commit();
            } catch (RuntimeException | Error e) {
                rollBack();
                throw e;
            }
            model.reload();
            return report;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) { // the transaction manager's checked exceptions: our fault, not the file's
            throw new IllegalStateException("the import could not be stored", e);
        } finally {
            importing.release();
        }
    }

    static List<JsonValue> read(InputStream geoJson) {
        try (JsonReader reader = Json.createReader(geoJson)) {
            return CityFeature.features(reader.readValue());
        } catch (JsonParsingException e) {
            throw new CityModelException(Reason.FILE_INVALID, "The file is no JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new CityModelException(Reason.FILE_INVALID, "The file is no JSON (or not UTF-8).");
        }
    }

    private ImportReport store(Kind kind, List<JsonValue> features) {
        CityGeometry city = new CityGeometry(CityArea.parse(cityBounds));
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Checked> batch = new ArrayList<>(BATCH);
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        int accepted = 0;
        int updated = 0;
        int rejectedCount = 0;
        for (int i = 0; i < features.size(); i++) {
            try {
                Checked checked = check(kind, features.get(i), city);
                Integer earlier = firstIndex.putIfAbsent(checked.feature().id(), i);
                if (earlier != null) {
                    throw new Rejected(checked.feature().id(), "id " + checked.feature().id()
                            + " is already feature " + earlier);
                }
                batch.add(checked);
            } catch (Rejected e) {
                rejectedCount++;
                if (rejected.size() < LISTED_REJECTIONS) {
                    rejected.add(new ImportReport.Rejection(i, e.id(), e.reason()));
                }
            }
            if (batch.size() == BATCH) {
                updated += write(kind, batch, city);
                accepted += batch.size();
                batch.clear();
            }
        }
        updated += write(kind, batch, city);
        accepted += batch.size();
        audit.record("permit.city-model-imported", "permit-city-model", kind.name().toLowerCase(Locale.ROOT),
                "accepted " + accepted + ", updated " + updated + ", rejected " + rejectedCount);
        return new ImportReport(accepted, updated, rejectedCount, List.copyOf(rejected));
    }

    /** A feature that passed, with the values its kind needs. */
    record Checked(CityFeature feature, String reference, String name, ZoneRules rules, double heightM) {
    }

    /** Checks one feature. @throws Rejected with the reason it is left out */
    static Checked check(Kind kind, JsonValue value, CityGeometry city) {
        CityFeature feature = CityFeature.of(value, city);
        JsonObject properties = CityFeature.properties(value.asJsonObject());
        int maxWkt = kind == Kind.ZONES ? CityGeometry.MAX_ZONE_WKT_CHARS : CityGeometry.MAX_WKT_CHARS;
        if (CityGeometry.wkt(feature.wgs84()).length() > maxWkt) {
            throw new Rejected(feature.id(), "the geometry has too many corners");
        }
        if (kind != Kind.ZONES && feature.metres().getArea() > CityGeometry.MAX_PARCEL_AREA_M2) {
            throw new Rejected(feature.id(), "the polygon is larger than " + (long) CityGeometry.MAX_PARCEL_AREA_M2
                    + " m²");
        }
        return switch (kind) {
            case PARCELS -> new Checked(feature, feature.optionalText(properties, "addressId", 40, CityFeature.ID),
                    null, null, 0);
            case BUILDINGS -> new Checked(feature, feature.optionalText(properties, "parcelId", 40, CityFeature.ID),
                    null, null, feature.requiredNumber(properties, "heightM", 0.1, CityFeature.MAX_HEIGHT_M));
            case ZONES -> new Checked(feature, null,
                    feature.requiredText(properties, "name", CityFeature.MAX_NAME, null),
                    new ZoneRules(feature.requiredText(properties, "type", 20, CityFeature.ZONE_TYPE),
                            feature.optionalNumber(properties, "maxHeightM", 0, CityFeature.MAX_HEIGHT_M),
                            feature.optionalNumber(properties, "minSetbackM", 0, 100),
                            feature.optionalNumber(properties, "maxLotCoveragePct", 0, 100),
                            feature.flag(properties, "monument"), feature.flag(properties, "conservation"),
                            feature.flag(properties, "treeProtection")), 0);
        };
    }

    /** Adds or replaces a batch; answers how many were replaced. */
    private int write(Kind kind, List<Checked> batch, CityGeometry city) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<String> ids = batch.stream().map(c -> c.feature().id()).toList();
        int updated = 0;
        switch (kind) {
            case PARCELS -> {
                Map<String, Parcel> known = repository.parcels(ids);
                for (Checked c : batch) {
                    Parcel parcel = known.get(c.feature().id());
                    if (parcel == null) {
                        repository.add(new Parcel(c.feature(), c.reference(), city.projection()));
                    } else {
                        parcel.replaceWith(c.feature(), c.reference(), city.projection());
                    }
                }
                updated = known.size();
            }
            case BUILDINGS -> {
                Map<String, Building> known = repository.buildings(ids);
                for (Checked c : batch) {
                    Building building = known.get(c.feature().id());
                    if (building == null) {
                        repository.add(new Building(c.feature(), c.reference(), c.heightM()));
                    } else {
                        building.replaceWith(c.feature(), c.reference(), c.heightM());
                    }
                }
                updated = known.size();
            }
            case ZONES -> {
                Map<String, Zone> known = repository.zones(ids);
                for (Checked c : batch) {
                    Zone zone = known.get(c.feature().id());
                    if (zone == null) {
                        repository.add(new Zone(c.feature(), c.name(), c.rules()));
                    } else {
                        zone.replaceWith(c.feature(), c.name(), c.rules());
                    }
                }
                updated = known.size();
            }
        }
        repository.flush();
        return updated;
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "A city-model import could not be rolled back", e);
        }
    }
}
