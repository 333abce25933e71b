package org.citiverse.complaint.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Service requests, their updates, categories and API keys. */
public interface ComplaintRepository {

    List<Category> categories();

    Optional<Category> category(String code);

    Optional<ServiceRequest> request(long id);

    /** The request, its row locked until the transaction ends (staff changes, device reports). */
    Optional<ServiceRequest> requestForUpdate(long id);

    Optional<ServiceRequest> byToken(UUID token);

    /** The same submission filed since {@code since}, if it is still open. */
    Optional<ServiceRequest> sameSubmission(String fingerprint, Instant since);

    /** The newest request a device raised for its twin, locked. */
    Optional<ServiceRequest> deviceRequest(String twinId);

    List<ServiceRequest> search(RequestQuery query);

    /** Open requests of a category inside a box (south, west, north, east), newest first. */
    List<ServiceRequest> openInBox(String category, double[] box, int limit);

    long count(RequestQuery query);

    void add(ServiceRequest request);

    void add(RequestUpdate update);

    /** Writes pending changes now, so an answer shows the new version. */
    void flush();

    /** Updates of requests, oldest first: of these requests (or all), in a time window. */
    List<RequestUpdate> updates(List<Long> requestIds, Instant from, Instant to, boolean withInternal, int limit);

    void add(RequestPhoto photo);

    /** The positions of the photos of these requests, by request: only visible ones unless {@code withHidden}. */
    java.util.Map<Long, List<Integer>> photoPositions(List<Long> requestIds, boolean withHidden);

    Optional<RequestPhoto> photo(long requestId, int position);

    Optional<ApiKey> keyByHash(String hash);

    Optional<ApiKey> key(UUID id);

    List<ApiKey> keys();

    void add(ApiKey key);
}
