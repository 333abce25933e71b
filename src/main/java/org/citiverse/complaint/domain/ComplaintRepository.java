package org.citiverse.complaint.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Service requests, their updates, categories and API keys. */
public interface ComplaintRepository {

    List<Category> categories();

    Optional<Category> category(String code);

    /** The category, its row locked until the transaction ends (administrators' changes, one at a time). */
    Optional<Category> categoryForUpdate(String code);

    void add(Category category);

    Optional<ServiceRequest> request(long id);

    /** The request, its row locked until the transaction ends (staff changes, device reports). */
    Optional<ServiceRequest> requestForUpdate(long id);

    Optional<ServiceRequest> byToken(UUID token);

    /** The same submission filed since {@code since}, if it is still open. */
    Optional<ServiceRequest> sameSubmission(String fingerprint, Instant since);

    /** The newest request a device raised for its twin, locked. */
    Optional<ServiceRequest> deviceRequest(String twinId);

    List<ServiceRequest> search(RequestQuery query);

    /** Open requests (of a category, or of any when it is null) inside a box (south, west, north, east), newest first. */
    List<ServiceRequest> openInBox(String category, double[] box, int limit);

    long count(RequestQuery query);

    /** Requests filed since {@code from} by category and day (UTC): {category, LocalDate, count}. */
    List<Object[]> dailyCounts(Instant from);

    /** How many requests are open (true) and closed (false). */
    java.util.Map<Boolean, Long> openAndClosed();

    /** Open requests past their due time. */
    long overdue(Instant now);

    /** How long the latest closed requests took, newest closing first. */
    List<java.time.Duration> latestTimesToClose(int limit);

    void add(ServiceRequest request);

    void add(RequestUpdate update);

    /** Writes pending changes now, so an answer shows the new version. */
    void flush();

    /** Updates of requests, oldest first: of these requests (or all), in a time window. */
    List<RequestUpdate> updates(List<Long> requestIds, Instant from, Instant to, boolean withInternal, int offset,
                                int limit);

    void add(RequestPhoto photo);

    /** The positions of the photos of these requests, by request: only visible ones unless {@code withHidden}. */
    java.util.Map<Long, List<Integer>> photoPositions(List<Long> requestIds, boolean withHidden);

    Optional<RequestPhoto> photo(long requestId, int position);

    Optional<Follower> follower(long requestId, String subject);

    void add(Follower follower);

    void remove(Follower follower);

    /** Who follows a request. */
    List<String> followers(long requestId);

    /** The requests a resident follows, newest following first. */
    List<Long> followedBy(String subject, int limit);

    List<ResponseTemplate> templates();

    Optional<ResponseTemplate> template(java.util.UUID id);

    void add(ResponseTemplate template);

    void remove(ResponseTemplate template);

    Optional<ApiKey> keyByHash(String hash);

    Optional<ApiKey> key(UUID id);

    List<ApiKey> keys();

    void add(ApiKey key);

    Optional<StaffMember> staffMember(String subject);

    /** Staff known to the back office, by name. */
    List<StaffMember> staff();

    void add(StaffMember member);

    /** A staff member's saved queue filters, by name. */
    List<SavedFilter> savedFilters(String owner);

    Optional<SavedFilter> savedFilter(UUID id);

    void add(SavedFilter filter);

    void remove(SavedFilter filter);
}
