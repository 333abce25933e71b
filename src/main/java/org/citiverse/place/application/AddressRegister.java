package org.citiverse.place.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.place.domain.Address;
import org.citiverse.place.domain.AddressException.Reason;
import org.citiverse.place.domain.AddressException;
import org.citiverse.place.domain.AddressQuery;
import org.citiverse.place.domain.AddressRecord;
import org.citiverse.place.domain.AddressRepository;
import org.citiverse.shared.domain.CityArea;
import org.citiverse.shared.domain.Geo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The city's address register: find an address by what someone types, by its id, or the one
 * nearest a position; administrators replace it from the national register with an import.
 */
@ApplicationScoped
public class AddressRegister {

    /** Farther than this from every address, a position is not "near" one. */
    public static final double NEAREST_WITHIN_METRES = 1_000;
    /** Rows an import answers with their reasons; the rest are only counted. */
    public static final int LISTED_REJECTIONS = 100;
    /** Growing circles: most positions in a town have an address within the first. */
    private static final double[] NEAREST_RINGS = {100, 400, NEAREST_WITHIN_METRES};
    private static final int NEAREST_CANDIDATES = 5;
    /** Rows written and forgotten together: bounds memory whatever the file's size. */
    static final int BATCH = 500;
    /** A large import (the whole national register's share of a city) takes longer than the default. */
    private static final int IMPORT_TIMEOUT_SECONDS = 600;
    private static final Logger LOG = Logger.getLogger(AddressRegister.class.getName());

    @Inject
    AddressRepository addresses;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "complaint.city.bounds", defaultValue = "51.95,4.90,52.25,5.35")
    String cityBounds;

    @Resource
    UserTransaction transaction;

    /** One import at a time: two overlapping ones would race for the same new ids. */
    private final Semaphore importing = new Semaphore(1);

    /**
     * Addresses matching typed text, best first (see {@link AddressRepository#search}).
     *
     * @throws AddressException for text {@link AddressQuery#parse} refuses, or max outside 1 to 20
     */
    @Transactional
    public List<AddressView> search(String text, int max) {
        if (max < 1 || max > AddressQuery.MAX_RESULTS) {
            throw new AddressException(Reason.LIMIT_INVALID);
        }
        return addresses.search(AddressQuery.parse(text), max).stream().map(a -> view(a, null)).toList();
    }

    @Transactional
    public Optional<AddressView> find(String id) {
        if (id == null || id.isEmpty() || id.length() > AddressRecord.MAX_ID) {
            return Optional.empty();
        }
        return addresses.find(id).map(a -> view(a, null));
    }

    /**
     * The address nearest a position, with its distance, if one is within
     * {@link #NEAREST_WITHIN_METRES}.
     *
     * @throws AddressException POINT_INVALID for a position off the globe
     */
    @Transactional
    public List<org.citiverse.shared.application.AddressLookup.Street> streets(double south, double west,
                                                                          double north, double east) {
        java.util.Map<String, List<Address>> byStreet = new java.util.TreeMap<>();
        addresses.inBox(new double[] {south, west, north, east},
                        org.citiverse.shared.application.AddressLookup.MAX_STREET_ADDRESSES)
                .forEach(a -> byStreet.computeIfAbsent(a.street(), k -> new java.util.ArrayList<>()).add(a));
        return byStreet.entrySet().stream().map(e -> new org.citiverse.shared.application.AddressLookup.Street(
                e.getKey(), line(e.getValue()))).toList();
    }

    /**
     * A street's line: its houses by number, one per number (letters and additions share a spot),
     * each odd number paired with the even one after it (they face each other), so the line runs
     * down the middle of the street.
     */
    static List<org.citiverse.shared.application.AddressLookup.Position> line(List<Address> street) {
        java.util.TreeMap<Integer, Address> byNumber = new java.util.TreeMap<>();
        street.forEach(a -> byNumber.putIfAbsent(a.houseNumber(), a));
        List<org.citiverse.shared.application.AddressLookup.Position> line = new java.util.ArrayList<>();
        java.util.Iterator<Address> it = byNumber.values().iterator();
        while (it.hasNext()) {
            Address one = it.next();
            Address other = it.hasNext() ? it.next() : one;
            line.add(new org.citiverse.shared.application.AddressLookup.Position(
                    (one.latitude() + other.latitude()) / 2, (one.longitude() + other.longitude()) / 2));
        }
        return line;
    }

    @Transactional
    public Optional<AddressView> nearest(double latitude, double longitude) {
        if (!Geo.validPoint(latitude, longitude)) {
            throw new AddressException(Reason.POINT_INVALID);
        }
        for (double radius : NEAREST_RINGS) {
            Optional<AddressView> nearest = addresses.nearest(latitude, longitude,
                            Geo.boundingBox(latitude, longitude, radius), NEAREST_CANDIDATES).stream()
                    .map(a -> view(a, Geo.metres(latitude, longitude, a.latitude(), a.longitude())))
                    .min(Comparator.comparingDouble(AddressView::distanceMetres));
            // Beyond the circle the box's corners may hide a nearer address just outside the box.
            if (nearest.isPresent() && nearest.get().distanceMetres() <= radius) {
                return nearest;
            }
        }
        return Optional.empty();
    }

    /**
     * Stores an import: the first row must be the header ({@link AddressRecord#COLUMNS}); each
     * further row adds an address or replaces the one with its id; rows that break a rule, and
     * later rows repeating an id, are left out and reported. All or nothing: a file that cannot be
     * read to its end (the rows throw) stores nothing. Audited.
     *
     * @throws AddressException HEADER_INVALID for an empty file or a wrong first line,
     *                          IMPORT_RUNNING while another import is being stored
     */
    public ImportResult importRows(Iterator<ImportRow> rows) {
        if (!importing.tryAcquire()) {
            throw new AddressException(Reason.IMPORT_RUNNING);
        }
        try {
            transaction.setTransactionTimeout(IMPORT_TIMEOUT_SECONDS);
            transaction.begin();
            try {
                ImportResult result = store(rows);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollBack();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) { // the transaction manager's checked exceptions: our fault, not the file's
            throw new IllegalStateException("the import could not be stored", e);
        } finally {
            importing.release();
        }
    }

    private ImportResult store(Iterator<ImportRow> rows) {
        ImportRow header = rows.hasNext() ? rows.next() : null;
        if (header == null || header.problem() != null || !AddressRecord.COLUMNS.equals(header.cells().stream()
                .map(c -> c == null ? "" : c.strip().toLowerCase(Locale.ROOT)).toList())) {
            throw new AddressException(Reason.HEADER_INVALID);
        }
        CityArea city = CityArea.parse(cityBounds);
        Map<String, Long> firstLine = new HashMap<>();
        List<AddressRecord> batch = new ArrayList<>(BATCH);
        List<ImportResult.Rejection> rejected = new ArrayList<>();
        int accepted = 0;
        int updated = 0;
        int rejectedCount = 0;
        while (rows.hasNext()) {
            ImportRow row = rows.next();
            String reason = row.problem();
            if (reason == null) {
                try {
                    AddressRecord record = AddressRecord.of(row.cells(), city);
                    Long earlier = firstLine.putIfAbsent(record.id(), row.line());
                    if (earlier == null) {
                        batch.add(record);
                    } else {
                        reason = "id " + record.id() + " is already on line " + earlier;
                    }
                } catch (AddressRecord.Rejected e) {
                    reason = e.reason();
                }
            }
            if (reason != null) {
                rejectedCount++;
                if (rejected.size() < LISTED_REJECTIONS) {
                    rejected.add(new ImportResult.Rejection(row.line(), reason));
                }
            }
            if (batch.size() == BATCH) {
                updated += write(batch);
                accepted += batch.size();
                batch.clear();
            }
        }
        updated += write(batch);
        accepted += batch.size();
        audit.record("place.addresses-imported", "address-register", "addresses",
                "accepted " + accepted + ", updated " + updated + ", rejected " + rejectedCount);
        return new ImportResult(accepted, updated, rejectedCount, List.copyOf(rejected));
    }

    /** Adds or replaces a batch; answers how many were replaced. */
    private int write(List<AddressRecord> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, Address> known = addresses.findAll(batch.stream().map(AddressRecord::id).toList());
        for (AddressRecord record : batch) {
            Address address = known.get(record.id());
            if (address == null) {
                addresses.add(new Address(record));
            } else {
                address.replaceWith(record);
            }
        }
        addresses.flush();
        return known.size();
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "An address import could not be rolled back", e);
        }
    }

    private static AddressView view(Address a, Double distanceMetres) {
        return new AddressView(a.id(), a.label(), a.street(), a.houseNumber(), a.houseLetter(), a.addition(),
                a.postcode(), a.town(), a.latitude(), a.longitude(), distanceMetres);
    }
}
