package org.citiverse.complaint.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.audit.application.Caller;
import org.citiverse.complaint.domain.ApiKey;
import org.citiverse.complaint.domain.Category;
import org.citiverse.complaint.domain.CategoryAttribute;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.ComplaintRepository;
import org.citiverse.complaint.domain.Follower;
import org.citiverse.complaint.domain.Photo;
import org.citiverse.complaint.domain.PublicRequests;
import org.citiverse.complaint.domain.RequestPhoto;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.complaint.domain.RequestUpdate;
import org.citiverse.complaint.domain.ResponseTemplate;
import org.citiverse.complaint.domain.ServiceRequest;
import org.citiverse.complaint.domain.Submission;
import org.citiverse.shared.application.AddressLookup;
import org.citiverse.shared.domain.CityArea;
import org.citiverse.shared.domain.Geo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Service requests: filed by citizens, third-party apps and devices, read by everyone (without
 * personal data) and changed by staff. Every staff change is audited and kept as an update.
 */
@ApplicationScoped
public class ComplaintService {

    @Inject
    ComplaintRepository repository;

    @Inject
    PublicRequests publicRequests;

    @Inject
    AuditLog audit;

    @Inject
    org.citiverse.organisation.application.DepartmentService departments;

    @Inject
    Caller caller;

    @Inject
    AddressLookup addresses;

    @Inject
    jakarta.enterprise.event.Event<RequestEvents.Filed> filedEvents;

    @Inject
    jakarta.enterprise.event.Event<RequestEvents.Answered> answeredEvents;

    @Inject
    @ConfigProperty(name = "complaint.city.bounds", defaultValue = "51.95,4.90,52.25,5.35")
    String cityBounds;

    @Inject
    @ConfigProperty(name = "complaint.resubmission.minutes", defaultValue = "10")
    int resubmissionMinutes;

    @Inject
    @ConfigProperty(name = "complaint.reopen.days", defaultValue = "14")
    int reopenDays;

    Clock clock = Clock.systemUTC();

    private CityArea city;
    private static final long CATEGORY_CACHE_NANOS = 30_000_000_000L;
    static final int STATISTICS_SAMPLE = 2_000;
    private final java.util.concurrent.atomic.AtomicReference<CachedCategories> categoryCache =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.Semaphore decoding = new java.util.concurrent.Semaphore(2);

    @PostConstruct
    void init() {
        city = CityArea.parse(cityBounds);
    }

    @Transactional
    public List<CategoryView> categories(String language) {
        return repository.categories().stream().filter(Category::active)
                .sorted(Comparator.comparing((Category c) -> c.group(language)).thenComparing(c -> c.name(language)))
                .map(c -> view(c, language)).toList();
    }

    @Transactional
    public Optional<CategoryView> category(String code, String language) {
        return repository.category(code).filter(Category::active).map(c -> view(c, language));
    }

    /**
     * Files a submission. The same submission from the same sender within
     * complaint.resubmission.minutes gets the request it made the first time (a double click, an
     * app's retry) instead of a second one, while that request is open.
     */
    @Transactional
    public Filed submit(Submission submission) {
        return submit(submission, List.of());
    }

    /** Files a submission with photos already accepted ({@link #acceptPhoto}), numbered in their order. */
    @Transactional
    public Filed submit(Submission submission, List<Photo> photos) {
        return submit(submission, photos, "en");
    }

    /**
     * Files a submission from the portal page in the person's language (the e-mails to a visitor
     * who left an address are written in it).
     */
    @Transactional
    public Filed submit(Submission submission, List<Photo> photos, String language) {
        if (photos.size() > RequestPhoto.MAX_PER_REQUEST) {
            throw new ComplaintException(Reason.PHOTO_TOO_MANY, "photo");
        }
        Category category = repository.category(submission.categoryCode()).filter(Category::active)
                .orElseThrow(() -> new ComplaintException(Reason.CATEGORY_UNKNOWN, "service_code"));
        Instant now = clock.instant();
        ServiceRequest request = ServiceRequest.file(category, registered(submission), city, now);
        Optional<ServiceRequest> earlier = repository.sameSubmission(request.fingerprint(),
                now.minus(Duration.ofMinutes(resubmissionMinutes)));
        if (earlier.isPresent()) {
            return new Filed(view(earlier.get(), "en", submission.reporter() != null), true);
        }
        request.writeToVisitorIn(language);
        repository.add(request);
        repository.flush();
        for (int i = 0; i < photos.size(); i++) {
            repository.add(new RequestPhoto(request.id(), i + 1, photos.get(i), now));
        }
        if (submission.source() == Submission.Source.PORTAL && (request.reporter() != null
                || request.visitorEmail().isPresent())) {
            filedEvents.fire(new RequestEvents.Filed(request.id(), request.reporter(), visitor(request)));
        }
        // Built from what is at hand: filing is the hot path of the Open311 API.
        return new Filed(view(request, category, "en", submission.reporter() != null, false,
                java.util.stream.IntStream.rangeClosed(1, photos.size()).boxed().toList()), false);
    }

    /** One request; who filed it only for staff and its reporter. */
    @Transactional
    public Optional<RequestView> request(long id, String language, boolean staff) {
        return repository.request(id).map(r -> view(r, language, staff || mayKnowReporter(r), staff));
    }

    /**
     * Checks one answer to one of a category's questions before the rest of a report is known (the
     * portal asks one question a page); throws the rule it breaks, naming the question.
     */
    @Transactional
    public void checkAnswer(String category, String question, List<String> answer) {
        Category c = repository.category(category).filter(Category::active)
                .orElseThrow(() -> new ComplaintException(Reason.CATEGORY_UNKNOWN, "service_code"));
        CategoryAttribute.answers(c.attributes().stream().filter(q -> q.code().equals(question)).toList(),
                Map.of(question, answer));
    }

    /**
     * Cleans an upload into a photo to keep ({@link Photo#accept}): a few at a time, since decoding
     * a large photo holds it in memory; when all are busy for 10 s the caller is asked to try again.
     */
    public Photo acceptPhoto(byte[] upload) {
        try {
            if (!decoding.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new TooManySubmissions(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManySubmissions(10);
        }
        try {
            return Photo.accept(upload);
        } catch (Photo.Refused e) {
            throw new ComplaintException(Reason.valueOf("PHOTO_" + e.reason().name()), "photo");
        } finally {
            decoding.release();
        }
    }

    /** A photo's type and pixels: a published one for anyone, a hidden one for staff only. */
    @Transactional
    public Optional<PhotoContent> photo(long requestId, int position, boolean staff) {
        return repository.photo(requestId, position).filter(p -> staff || !p.hidden())
                .map(p -> new PhotoContent(p.contentType(), p.image()));
    }

    /** Staff hide a photo from the public (a face, a number plate), or publish it again; audited. */
    @Transactional
    public void hidePhoto(long requestId, int position, boolean hide) {
        RequestPhoto photo = repository.photo(requestId, position)
                .orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND));
        photo.hide(hide);
        audit.record(hide ? "complaint.photo-hidden" : "complaint.photo-shown", "service-request",
                String.valueOf(requestId), "photo " + position);
    }

    /** Checks a description on its own. */
    public void checkDescription(String description) {
        Submission.description(description);
    }

    /** Checks a place: coordinates inside the city and/or an address. */
    public void checkPlace(Double latitude, Double longitude, String address) {
        Submission place = new Submission(null, null, latitude, longitude, address, null, Map.of(), null, null,
                Submission.Source.PORTAL, "check", null, null);
        if (place.latitude() != null && !city.contains(place.latitude(), place.longitude())) {
            throw new ComplaintException(Reason.LOCATION_OUTSIDE_CITY, "lat");
        }
    }

    /**
     * Open requests of the same category near a place, nearest first: before filing, a citizen
     * sees whether someone reported it already.
     */
    @Transactional
    public List<RequestView> likelySame(String category, double latitude, double longitude, double radiusMetres,
                                        String language) {
        return repository.openInBox(category, Geo.boundingBox(latitude, longitude, radiusMetres), 50).stream()
                .filter(r -> Geo.metres(latitude, longitude, r.latitude(), r.longitude()) <= radiusMetres)
                .sorted(Comparator.comparingDouble(r -> Geo.metres(latitude, longitude, r.latitude(), r.longitude())))
                .limit(5).map(r -> view(r, language, false)).toList();
    }

    /**
     * Reports filed in the last {@code days} within a radius of a place, newest first, open or
     * closed, as the public sees them (at most {@code max}): "what has been reported around here?".
     */
    @Transactional
    public List<NearbyRequest> recentNear(double latitude, double longitude, double radiusMetres, int days, int max,
                                          String language) {
        double[] box = Geo.boundingBox(latitude, longitude, radiusMetres);
        Instant now = clock.instant();
        RequestQuery query = new RequestQuery(null, null, null, null, null, now.minus(Duration.ofDays(days)), null,
                false, now, 1, 4 * max, null, RequestQuery.Order.NEWEST,
                new RequestQuery.Triage(null, null, new CityArea(box[0], box[1], box[2], box[3])));
        return find(query, language, false).stream()
                .map(r -> new NearbyRequest(r, Geo.metres(latitude, longitude, r.latitude(), r.longitude())))
                .filter(n -> n.metres() <= radiusMetres).limit(max).toList();
    }

    @Transactional
    public Optional<RequestView> byToken(UUID token) {
        return repository.byToken(token).map(r -> view(r, "en", false));
    }

    /** Requests that match and how many match in all, without personal data unless {@code staff}. */
    @Transactional
    public RequestPage search(RequestQuery query, String language, boolean staff) {
        List<RequestView> found = find(query, language, staff);
        long total = found.size() < query.pageSize() && query.page() == 1 ? found.size() : repository.count(query);
        return new RequestPage(found, total, query.page(), query.pageSize());
    }

    /**
     * The dashboard's figures over the last {@code weeks} ISO weeks (days in UTC; the current week
     * counts so far).
     */
    @Transactional
    public ComplaintStatistics statistics(int weeks, String language) {
        Instant now = clock.instant();
        java.time.LocalDate monday = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)
                .with(java.time.DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        List<String> labels = new java.util.ArrayList<>();
        java.time.temporal.WeekFields iso = java.time.temporal.WeekFields.ISO;
        for (int i = 0; i < weeks; i++) {
            java.time.LocalDate d = monday.plusWeeks(i);
            labels.add(String.format(java.util.Locale.ROOT, "%d-W%02d", d.get(iso.weekBasedYear()),
                    d.get(iso.weekOfWeekBasedYear())));
        }
        Map<String, long[]> counts = new java.util.TreeMap<>();
        // Counted by day in the database and put into ISO weeks here: a year's first and last days
        // belong to the week-based year, which SQL's calendar year does not say.
        for (Object[] row : repository.dailyCounts(monday.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
            java.time.LocalDate day = (java.time.LocalDate) row[1];
            int index = (int) java.time.temporal.ChronoUnit.WEEKS.between(monday, day);
            if (index >= 0 && index < weeks) {
                counts.computeIfAbsent((String) row[0], c -> new long[weeks])[index] += ((Number) row[2]).longValue();
            }
        }
        Map<String, Category> categories = categoryNames();
        List<ComplaintStatistics.CategoryWeeks> rows = counts.entrySet().stream()
                .map(e -> new ComplaintStatistics.CategoryWeeks(e.getKey(), categories.containsKey(e.getKey())
                        ? categories.get(e.getKey()).name(language) : e.getKey(),
                        java.util.Arrays.stream(e.getValue()).boxed().toList(),
                        java.util.Arrays.stream(e.getValue()).sum()))
                .sorted(Comparator.comparingLong(ComplaintStatistics.CategoryWeeks::total).reversed()).toList();
        Map<Boolean, Long> openClosed = repository.openAndClosed();
        List<Duration> closings = new java.util.ArrayList<>(repository.latestTimesToClose(STATISTICS_SAMPLE));
        closings.sort(Comparator.naturalOrder());
        return new ComplaintStatistics(labels, rows, openClosed.get(true), openClosed.get(false),
                repository.overdue(now), closings.isEmpty() ? null : closings.get(closings.size() / 2), closings.size());
    }

    /** The response templates staff choose from, by title. */
    @Transactional
    public List<TemplateView> templates() {
        return repository.templates().stream().map(t -> new TemplateView(t.id(), t.title(), t.text("en"),
                t.text("nl"), t.status() == null ? null : t.status().name())).toList();
    }

    /** An administrator adds a response template; audited. */
    @Transactional
    public TemplateView addTemplate(String title, String textEn, String textNl, String status) {
        RequestStatus goesWith = status == null || status.isBlank() ? null : RequestStatus.parse(status)
                .orElseThrow(() -> new ComplaintException(Reason.STATUS_INVALID, "templateStatus"));
        ResponseTemplate template = new ResponseTemplate(title, textEn, textNl, goesWith);
        repository.add(template);
        audit.record("complaint.template-added", "response-template", template.id().toString(), template.title());
        return new TemplateView(template.id(), template.title(), template.text("en"), template.text("nl"),
                goesWith == null ? null : goesWith.name());
    }

    /** An administrator removes a response template (answers given with it stay as they were); audited. */
    @Transactional
    public void removeTemplate(UUID id) {
        ResponseTemplate template = repository.template(id).orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND));
        repository.remove(template);
        audit.record("complaint.template-removed", "response-template", id.toString(), template.title());
    }

    /**
     * One page of the public list (Open311): no personal data, no total, and no transaction; the
     * category names are the cached ones.
     */
    public List<PublicRequestView> findPublic(RequestQuery query, String language) {
        Map<String, Category> categories = categoryNames();
        return publicRequests.find(query).stream().map(r -> {
            Category category = categories.get(r.categoryCode());
            return new PublicRequestView(r, category == null ? r.categoryCode() : category.name(language));
        }).toList();
    }

    /** One page of requests that match, as staff or the public see them ({@link #search} counts them). */
    private List<RequestView> find(RequestQuery query, String language, boolean staff) {
        Map<String, Category> categories = categoryNames();
        List<ServiceRequest> found = repository.search(query);
        Map<Long, List<Integer>> photos = repository.photoPositions(found.stream().map(ServiceRequest::id).toList(),
                staff);
        return found.stream().map(r -> view(r, categories.get(r.categoryCode()), language, staff, staff,
                photos.getOrDefault(r.id(), List.of()))).toList();
    }

    /** A staff change of status and/or a note (public or internal), against the version they saw. */
    @Transactional
    public RequestView change(long id, Integer basedOnVersion, String status, String note, boolean internal) {
        ServiceRequest request = repository.requestForUpdate(id)
                .orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND));
        if (basedOnVersion != null && basedOnVersion != request.version()) {
            throw new ComplaintException(Reason.CHANGED_ELSEWHERE);
        }
        RequestStatus to = status == null || status.isBlank() ? null
                : RequestStatus.parse(status).orElseThrow(() -> new ComplaintException(Reason.STATUS_INVALID, "status"));
        RequestStatus before = request.status();
        RequestUpdate update = request.change(to, note, internal, caller.subject(), clock.instant());
        repository.add(update);
        audit.record("complaint.request-changed", "service-request", String.valueOf(id),
                before + " -> " + request.status() + (update.note() == null ? "" : internal ? "; internal note" : "; public note"));
        repository.flush();
        if (!internal && (before != request.status() || update.note() != null)) {
            answered(request, update);
        }
        return staffView(request);
    }

    /** Staff route a request to another category and/or department; audited. */
    @Transactional
    public RequestView reroute(long id, Integer basedOnVersion, String category, String department) {
        ServiceRequest request = lockedAt(id, basedOnVersion);
        Category to = category == null || category.isBlank() ? null : repository.category(category)
                .orElseThrow(() -> new ComplaintException(Reason.CATEGORY_UNKNOWN, "category"));
        String dept = department == null || department.isBlank() ? null : departments.byCode(department).code();
        RequestUpdate update = request.reroute(to, dept, caller.subject(), clock.instant());
        repository.add(update);
        audit.record("complaint.request-routed", "service-request", String.valueOf(id), update.note());
        repository.flush();
        return staffView(request);
    }

    /** Staff close a request as a duplicate of an earlier one; the public note names the original. */
    @Transactional
    public RequestView markDuplicate(long id, Integer basedOnVersion, long originalId) {
        ServiceRequest request = lockedAt(id, basedOnVersion);
        ServiceRequest original = repository.request(originalId)
                .orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND, "original"));
        RequestUpdate update = request.duplicateOf(original, caller.subject(), clock.instant());
        repository.add(update);
        audit.record("complaint.request-merged", "service-request", String.valueOf(id), "duplicate of " + originalId);
        repository.flush();
        answered(request, update);
        return staffView(request);
    }

    /** Tells the reporter (of a portal report) and the followers of a public answer. */
    private void answered(ServiceRequest request, RequestUpdate update) {
        java.util.Set<String> recipients = new java.util.LinkedHashSet<>();
        if (request.reporter() != null && request.source() == Submission.Source.PORTAL) {
            recipients.add(request.reporter());
        }
        recipients.addAll(repository.followers(request.id()));
        if (!recipients.isEmpty() || request.visitorEmail().isPresent()) {
            answeredEvents.fire(new RequestEvents.Answered(request.id(), List.copyOf(recipients), visitor(request),
                    request.status().name(), update.note()));
        }
    }

    private static RequestEvents.Visitor visitor(ServiceRequest request) {
        return request.visitorEmail().map(e -> new RequestEvents.Visitor(e, request.contactLanguage())).orElse(null);
    }

    /** The signed-in resident follows a request (again: nothing changes). */
    @Transactional
    public void follow(long id) {
        repository.request(id).orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND));
        if (repository.follower(id, caller.subject()).isEmpty()) {
            repository.add(new Follower(id, caller.subject(), clock.instant()));
        }
    }

    @Transactional
    public void unfollow(long id) {
        repository.follower(id, caller.subject()).ifPresent(repository::remove);
    }

    @Transactional
    public boolean following(long id) {
        return repository.follower(id, caller.subject()).isPresent();
    }

    /** The requests the signed-in resident follows, newest following first. */
    @Transactional
    public List<RequestView> followed(String language) {
        List<Long> ids = repository.followedBy(caller.subject(), 100);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, RequestView> found = find(new RequestQuery(ids, null, null, null, null, null, null, false, null, 1,
                ids.size()), language, false).stream().collect(Collectors.toMap(RequestView::id, Function.identity()));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The reporter opens their closed request again, within complaint.reopen.days of its closing. */
    @Transactional
    public RequestView reopen(long id) {
        ServiceRequest request = repository.requestForUpdate(id)
                .filter(r -> r.reporter() != null && r.reporter().equals(caller.subject()))
                .orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND));
        RequestUpdate update = request.reopen(Duration.ofDays(reopenDays), caller.subject(), clock.instant());
        repository.add(update);
        audit.record("complaint.request-reopened", "service-request", String.valueOf(id), "by its reporter");
        repository.flush();
        return view(request, "en", true);
    }

    /** Whether the signed-in resident may reopen this request now. */
    @Transactional
    public boolean mayReopen(long id) {
        return repository.request(id).filter(r -> r.reporter() != null && r.reporter().equals(caller.subject()))
                .filter(r -> r.mayReopen(Duration.ofDays(reopenDays), clock.instant())).isPresent();
    }

    ServiceRequest lockedAt(long id, Integer basedOnVersion) {
        ServiceRequest request = repository.requestForUpdate(id)
                .orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND));
        if (basedOnVersion != null && basedOnVersion != request.version()) {
            throw new ComplaintException(Reason.CHANGED_ELSEWHERE);
        }
        return request;
    }

    /** A comment from a third-party app (Open311 servicerequestupdates): public, status unchanged. */
    @Transactional
    public UpdateView comment(long id, String note, String apiApp) {
        ServiceRequest request = repository.requestForUpdate(id)
                .orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND, "service_request_id"));
        RequestUpdate update = request.comment(note, "api:" + apiApp, clock.instant());
        repository.add(update);
        repository.flush();
        return view(update, false);
    }

    /** The reporter takes their request back. */
    @Transactional
    public RequestView withdraw(long id) {
        ServiceRequest request = repository.requestForUpdate(id)
                .filter(r -> r.reporter() != null && r.reporter().equals(caller.subject()))
                .orElseThrow(() -> new ComplaintException(Reason.NOT_FOUND));
        repository.add(request.withdraw(caller.subject(), clock.instant()));
        repository.flush();
        return view(request, "en", true);
    }

    /** Changes of requests, oldest first; internal notes and authors only for staff. */
    @Transactional
    public List<UpdateView> updates(List<Long> requestIds, Instant from, Instant to, boolean staff, int limit) {
        return updates(requestIds, from, to, staff, 0, limit);
    }

    /** One page of those changes, from {@code offset}. */
    @Transactional
    public List<UpdateView> updates(List<Long> requestIds, Instant from, Instant to, boolean staff, int offset,
                                    int limit) {
        return repository.updates(requestIds, from, to, staff, offset, limit).stream().map(u -> view(u, staff))
                .toList();
    }

    /**
     * The categories by code for naming requests in lists, read again at most every 30 s: lists are
     * what third-party apps poll, and categories change a few times a year.
     */
    private Map<String, Category> categoryNames() {
        CachedCategories cached = categoryCache.get();
        long now = System.nanoTime();
        if (cached == null || now - cached.readAt() > CATEGORY_CACHE_NANOS) {
            cached = new CachedCategories(repository.categories().stream()
                    .collect(Collectors.toUnmodifiableMap(Category::code, Function.identity())), now);
            categoryCache.set(cached);
        }
        return cached.byCode();
    }

    private record CachedCategories(Map<String, Category> byCode, long readAt) {
    }

    /** Once an administrator's change is committed (or not), lists read the categories again. */
    void categoryChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CategoryChanged change) {
        categoryCache.set(null);
    }

    private boolean mayKnowReporter(ServiceRequest r) {
        return r.reporter() != null && r.reporter().equals(caller.subject());
    }

    private RequestView view(ServiceRequest r, String language, boolean withReporter) {
        return view(r, language, withReporter, false);
    }

    /** A submission that names an address of the register is placed there; an unknown one is refused. */
    private Submission registered(Submission submission) {
        if (submission.addressId() == null) {
            return submission;
        }
        AddressLookup.AddressMatch address = addresses.find(submission.addressId())
                .orElseThrow(() -> new ComplaintException(Reason.ADDRESS_UNKNOWN, "address_id"));
        return submission.atRegisteredAddress(address.latitude(), address.longitude(), address.label());
    }

    /** The middle of the city: where a map starts before anyone gave a place. */
    public double[] cityCentre() {
        return new double[] {(city.south() + city.north()) / 2, (city.west() + city.east()) / 2};
    }

    /** A request as staff see it after their change. */
    RequestView staffView(ServiceRequest r) {
        return view(r, "en", true, true);
    }

    /** A request with its reporter for staff and the reporter; hidden photos and casework for staff only. */
    private RequestView view(ServiceRequest r, String language, boolean withReporter, boolean staff) {
        return view(r, repository.category(r.categoryCode()).orElse(null), language, withReporter, staff,
                repository.photoPositions(List.of(r.id()), staff).getOrDefault(r.id(), List.of()));
    }

    RequestView view(ServiceRequest r, Category category, String language, boolean withReporter, boolean staff,
                     List<Integer> photos) {
        RequestView.Reporter reporter = null;
        if (withReporter) {
            Submission.Contact contact = r.contact();
            String app = r.apiKeyId() == null ? null : repository.key(r.apiKeyId()).map(ApiKey::name).orElse(null);
            reporter = new RequestView.Reporter(r.reporter(), app, contact.name(), contact.email(), contact.phone());
        }
        RequestView.Casework casework = staff ? new RequestView.Casework(r.assignee(), r.assigneeName(),
                r.descriptionHidden(), r.originalDescription()) : null;
        return new RequestView(r.id(), r.token(), r.categoryCode(), category == null ? r.categoryCode()
                : category.name(language), r.departmentCode(), r.status().name(), r.status().open311(),
                r.status().extended(), withReporter ? r.description() : r.publicDescription(), r.attributes(),
                r.latitude(), r.longitude(), r.address(), r.addressId(), r.mediaUrl(),
                r.source().name().toLowerCase(java.util.Locale.ROOT), r.publicNote(), r.requestedAt(), r.updatedAt(),
                r.dueAt(), r.closedAt(), r.overdue(clock.instant()), r.twinId(), r.deviceFaulty(), List.copyOf(photos),
                reporter, r.priority().name(), casework, r.version());
    }

    static UpdateView view(RequestUpdate u, boolean staff) {
        return new UpdateView(u.id(), u.requestId(), u.status().name(), u.status().extended(), u.note(),
                u.internal(), staff ? u.author() : null, u.createdAt());
    }

    static CategoryView view(Category c, String language) {
        return new CategoryView(c.code(), c.name(language), c.description(language), c.group(language), c.keywords(),
                c.departmentCode(), c.anonymousAllowed(), (int) c.serviceLevel().toDays(),
                c.attributes().stream().map(a -> question(a, language)).toList());
    }

    private static CategoryView.Question question(CategoryAttribute a, String language) {
        return new CategoryView.Question(a.code(), a.datatype().name().toLowerCase(java.util.Locale.ROOT),
                a.required(), a.order(), a.description(language),
                a.values().stream().map(v -> new CategoryView.Choice(v.key(), v.name(language))).toList());
    }
}
