package org.citiverse.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The civil-complaint service (service requests) at city scale, through its Open311 GeoReport v2
 * API: fills the test environment's PostgreSQL with a year of generated requests, then measures the
 * filtered search that third-party apps poll ({@code GET requests.json}) and the filing of new
 * requests by an app with its API key ({@code POST requests.json}). Run against the test
 * environment (the production-configured server on 9180, its PostgreSQL on 55432):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
 *     -Dexec.mainClass=org.citiverse.benchmark.ComplaintBenchmark \
 *     -Dexec.args="http://localhost:9180 jdbc:postgresql://127.0.0.1:55432/citiverse all"
 * </pre>
 * The last arguments choose what runs: {@code generate N} (N requests written straight into the
 * database with COPY, spread over the last 365 days, then VACUUM ANALYZE; prints rows/s),
 * {@code open311 CLIENTS SECONDS} (CLIENTS concurrent apps searching by a random category, open or
 * closed and a random 30-day window of the last year, 50 a page, for SECONDS after a 5 s unmeasured
 * warm-up), {@code submit COUNT CLIENTS} (COUNT requests filed by CLIENTS apps sharing one new API
 * key), or {@code all} ({@code generate} up to 1,000,000 requests when fewer exist —
 * {@code -Dbenchmark.requests=N} sets that target — then {@code open311 32 30} and
 * {@code submit 5000 16}, {@code queue 200}); {@code queue PAGES} loads the staff queue page PAGES
 * times as a signed-in member of staff.
 * <p>
 * Filing is rate limited per API key ({@code complaint.rate.sender.burst}, default 30, and
 * {@code complaint.rate.sender.per.minute}, default 60) and per network address
 * ({@code complaint.rate.address.burst} and {@code .per.minute}). For {@code submit}, raise them in
 * {@code target/liberty/wlp/usr/servers/citiverse-it/bootstrap.properties} and restart that server
 * first, or most submissions are refused with 429; refusals are counted apart, never as filed.
 * <p>
 * The database user is {@code citiverse}, its password {@code -Dbenchmark.db.password} (else
 * {@code -Ddb.password}, else the test environment's). Only for the disposable test database:
 * generation writes straight into {@code complaint_request}; let nothing else file requests while
 * it runs. Talks only to servers on this machine; every loop is bounded in count and time.
 */
public final class ComplaintBenchmark {

    private static final String OPEN311 = "/open311/v2/requests.json";
    private static final ZoneId CITY_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Duration YEAR = Duration.ofDays(365);
    private static final Duration SEARCH_WINDOW = Duration.ofDays(30);
    private static final long DAY_MILLIS = 86_400_000L;
    private static final int WARM_UP_SECONDS = 5;
    private static final int PAGE_SIZE = 50;
    /** The increment of complaint_request_seq: the server's pooled allocation takes 20 numbers at a time. */
    private static final int SEQUENCE_INCREMENT = 20;
    private static final int ROWS_PER_TRANSACTION = 200_000;
    private static final int MAX_GENERATED = 20_000_000;
    private static final int MAX_CLIENTS = 256;
    private static final int MAX_SECONDS = 3_600;
    private static final int MAX_SUBMISSIONS = 1_000_000;
    private static final int MAX_SEARCHES_PER_CLIENT = 5_000_000;
    /** A submit run stops after this, whatever is left of its count. */
    private static final Duration SUBMIT_TIME_LIMIT = Duration.ofMinutes(30);
    /** Where the demo city's reports cluster (its centre), kept inside its box 51.95–52.25, 4.90–5.35. */
    private static final double CENTRE_LAT = 52.09;
    private static final double CENTRE_LONG = 5.12;

    /** Shares of the requests a Dutch city gets per category (per mille); other categories get 20. */
    private static final Map<String, Integer> CATEGORY_SHARES = Map.of("waste", 340, "pothole", 160, "tree", 140,
            "streetlight", 120, "noise", 100, "graffiti", 90, "device-fault", 50);
    private static final Map<String, String[]> DESCRIPTIONS = Map.of(
            "pothole", new String[] {"Deep hole in the cycle path next to the bridge.", "Loose paving stones on the "
                    + "pavement, people trip over them.", "Sunken patch in the road after the roadworks."},
            "streetlight", new String[] {"Street light is out since last week.", "Lamp flickers all night.",
                    "Light burns during the day."},
            "graffiti", new String[] {"Tags sprayed on the wall of the underpass.", "Posters glued all over the "
                    + "electricity box.", "Graffiti on the playground slide."},
            "waste", new String[] {"Bin by the bus stop is overflowing.", "Old sofa dumped next to the containers.",
                    "Litter all over the grass after the weekend."},
            "noise", new String[] {"Building work starts before seven every morning.", "Loud music from the bar "
                    + "after midnight.", "Generator of the event running all night."},
            "tree", new String[] {"Large branch hanging loose over the footpath.", "Tree fell over in the storm.",
                    "Hedge blocks the view at the crossing."},
            "device-fault", new String[] {"The device reports a fault."});
    private static final String[] OPEN_STATUSES = {"OPEN", "ACKNOWLEDGED", "IN_PROGRESS", "ACTION_SCHEDULED"};
    private static final int[] OPEN_SHARES = {30, 30, 25, 15};
    private static final String[] CLOSED_STATUSES = {"FIXED", "CLOSED", "DUPLICATE", "NOT_RESPONSIBLE", "WITHDRAWN"};
    private static final int[] CLOSED_SHARES = {72, 12, 7, 5, 4};
    private static final String COPY = "copy complaint_request (id, token, category_code, department_code, status, is_open,"
            + " description, attributes, latitude, longitude, source, reporter, twin_id, fault_property, device_faulty,"
            + " fingerprint, public_note, requested_at, updated_at, due_at, closed_at, version)"
            + " from stdin with (format csv)";

    /** A category as the generator needs it: its department, its service level and its share. */
    private record Category(String code, String department, int dueDays, int share) {
    }

    private ComplaintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9180";
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:55432/citiverse";
        String mode = args.length > 2 ? args[2] : "all";
        Figures.requireLocal("server", base);
        Figures.requireLocal("database", jdbc.substring(jdbc.indexOf(':') + 1));
        System.out.printf("CitiVerse complaint benchmark: %s, %s, %d cores%n", base, jdbc,
                Runtime.getRuntime().availableProcessors());
        long existing;
        List<Category> categories;
        try (Connection db = database(jdbc)) {
            existing = requests(db);
            categories = categories(db);
        }
        System.out.printf("complaint_request holds %,d requests at the start%n", existing);
        List<String> codes = categories.stream().map(Category::code).toList();
        switch (mode) {
            case "generate" -> generate(jdbc, categories, Figures.number(args, 3, 1_000_000));
            case "open311" -> open311(base, codes, Figures.number(args, 3, 32), Figures.number(args, 4, 30));
            case "submit" -> submit(base, Figures.number(args, 3, 5_000), Figures.number(args, 4, 16));
            case "queue" -> queue(base, codes, Figures.number(args, 3, 200));
            case "places" -> places(base, Figures.number(args, 3, 300));
            case "all" -> {
                long target = Long.getLong("benchmark.requests", 1_000_000L);
                if (existing < target) {
                    generate(jdbc, categories, (int) Math.min(MAX_GENERATED, target - existing));
                } else {
                    System.out.printf("generation skipped: %,d requests exist (target %,d)%n", existing, target);
                }
                open311(base, codes, 32, 30);
                submit(base, 5_000, 16);
                queue(base, codes, 200);
                places(base, 300);
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode
                    + " (generate N, open311 CLIENTS SECONDS, submit COUNT CLIENTS, queue PAGES, or all)");
        }
    }

    // ---------------------------------------------------------------- generation

    /**
     * Writes {@code count} requests with COPY, oldest first so that numbers follow filing time, a
     * transaction per 200,000; old requests are mostly closed, recent ones mostly open.
     */
    static void generate(String jdbc, List<Category> categories, int count) throws Exception {
        Figures.check(count > 0 && count <= MAX_GENERATED, "generate 1 to " + MAX_GENERATED + " requests");
        Figures.check(!categories.isEmpty(), "no active complaint categories in the database");
        int totalShare = categories.stream().mapToInt(Category::share).sum();
        String[] twins = new String[400];
        for (int t = 0; t < twins.length; t++) {
            twins[t] = "urn:citiverse:twin:" + UUID.nameUUIDFromBytes(("benchmark-device-" + t)
                    .getBytes(StandardCharsets.UTF_8));
        }
        Random random = new Random(20_261_203L); // the same proportions every run
        Map<String, Integer> statuses = new TreeMap<>();
        try (Connection db = database(jdbc)) {
            long first = reserveNumbers(db, count);
            db.setAutoCommit(false);
            long nowMillis = Instant.now().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
            long startMillis = nowMillis - YEAR.toMillis();
            double slotMillis = YEAR.toMillis() / (double) count;
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder(1 << 21);
            long start = System.nanoTime();
            for (int done = 0; done < count; ) {
                int batch = Math.min(ROWS_PER_TRANSACTION, count - done);
                CopyIn in = copy.copyIn(COPY);
                try {
                    for (int i = done; i < done + batch; i++) {
                        Category category = pick(categories, totalShare, random);
                        long requested = startMillis + (long) ((i + random.nextDouble()) * slotMillis);
                        String status = appendRow(rows, first + i, category, requested, nowMillis, twins, random);
                        statuses.merge(status, 1, Integer::sum);
                        if (rows.length() > 1 << 20) {
                            send(in, rows);
                        }
                    }
                    send(in, rows);
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
                db.commit();
                done += batch;
                System.out.printf("  %,d / %,d requests written, %.0f rows/s so far%n", done, count,
                        done / seconds(start));
            }
            double took = seconds(start);
            System.out.printf("generated %,d requests (numbers %d to %d) in %.1f s = %,.0f rows/s%n", count, first,
                    first + count - 1, took, count / took);
            StringBuilder shares = new StringBuilder();
            statuses.forEach((status, n) -> shares.append(String.format(Locale.ROOT, " %s %.1f%%", status,
                    100.0 * n / count)));
            System.out.println("  statuses:" + shares);
            // VACUUM as well as ANALYZE: the measured reads then meet set hint bits and a visibility map,
            // and autovacuum does not start on a million fresh rows in the middle of a measurement.
            db.setAutoCommit(true);
            long analysed = System.nanoTime();
            try (Statement s = db.createStatement()) {
                s.execute("vacuum (analyze) complaint_request");
                s.execute("analyze complaint_update");
            }
            System.out.printf("VACUUM ANALYZE in %.1f s; complaint_request now holds %,d requests%n",
                    seconds(analysed), requests(db));
        }
    }

    /**
     * Takes a block of request numbers from complaint_request_seq in one statement: the first is a
     * value of nextval (so the server never gets it), then the sequence is set past the block. The
     * server's pooled allocation (increment 20) uses numbers up to each value it takes and its next
     * value is above the block, so no number is used twice. Returns the first number of the block.
     */
    private static long reserveNumbers(Connection db, int count) throws SQLException {
        long past = ((count - 1L + SEQUENCE_INCREMENT - 1) / SEQUENCE_INCREMENT) * SEQUENCE_INCREMENT;
        try (PreparedStatement s = db.prepareStatement("select block.start, setval('complaint_request_seq',"
                + " block.start + ?) from (select nextval('complaint_request_seq') as start) block")) {
            s.setLong(1, past);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** One request as a CSV line of {@link #COPY}; returns its status. */
    private static String appendRow(StringBuilder out, long id, Category category, long requested, long now,
                                    String[] twins, Random random) {
        double ageDays = (now - requested) / (double) DAY_MILLIS;
        // Handling time: exponential around the category's service level; a few are never closed.
        double handlingDays = -Math.log(1 - random.nextDouble()) * category.dueDays() * 0.8;
        boolean open = random.nextInt(100) < 3 || handlingDays > ageDays;
        String status = open ? (ageDays < 1 ? "OPEN" : choose(OPEN_STATUSES, OPEN_SHARES, random))
                : choose(CLOSED_STATUSES, CLOSED_SHARES, random);
        long closed = requested + (long) (handlingDays * DAY_MILLIS);
        long updated = open ? ("OPEN".equals(status) ? requested
                : requested + (long) (random.nextDouble() * (now - requested))) : closed;
        boolean device = "device-fault".equals(category.code());
        // Noise is not filed anonymously: it comes through the portal, from a signed-in person.
        boolean portal = !device && ("noise".equals(category.code()) || random.nextInt(100) < 70);
        String[] descriptions = DESCRIPTIONS.getOrDefault(category.code(),
                new String[] {"Something in the street needs attention."});

        out.append(id).append(',').append(UUID.randomUUID()).append(',');
        text(out, category.code()).append(',');
        text(out, category.department()).append(',');
        text(out, status).append(',').append(open).append(',');
        text(out, descriptions[random.nextInt(descriptions.length)]).append(',');
        text(out, attributes(category.code(), random)).append(',');
        double lat = clamp(CENTRE_LAT + random.nextGaussian() * 0.025, 51.96, 52.24);
        double lon = clamp(CENTRE_LONG + random.nextGaussian() * 0.04, 4.91, 5.34);
        out.append(String.format(Locale.ROOT, "%.6f,%.6f,", lat, lon));
        text(out, device ? "DEVICE" : portal ? "PORTAL" : "OPEN311").append(',');
        text(out, portal ? "benchmark-citizen-" + random.nextInt(20_000) : null).append(',');
        text(out, device ? twins[random.nextInt(twins.length)] : null).append(',');
        text(out, device ? "level" : null).append(',');
        out.append(device ? String.valueOf(open) : "").append(',');
        out.append(Long.toHexString(random.nextLong() | Long.MIN_VALUE)).append(Long.toHexString(
                random.nextLong() | Long.MIN_VALUE)).append(Long.toHexString(random.nextLong() | Long.MIN_VALUE))
                .append(Long.toHexString(random.nextLong() | Long.MIN_VALUE)).append(','); // 64 hex digits
        text(out, open ? null : publicNote(status)).append(',');
        out.append(Instant.ofEpochMilli(requested)).append(',');
        out.append(Instant.ofEpochMilli(updated)).append(',');
        out.append(Instant.ofEpochMilli(requested + category.dueDays() * DAY_MILLIS)).append(',');
        out.append(open ? "" : Instant.ofEpochMilli(closed).toString()).append(",0\n");
        return status;
    }

    /** Answers to the seeded categories' questions, as the server keeps them. */
    private static String attributes(String category, Random random) {
        return switch (category) {
            case "pothole" -> "{\"size\":\"" + new String[] {"small", "medium", "large"}[random.nextInt(3)] + "\"}";
            case "graffiti" -> "{\"offensive\":\"" + (random.nextInt(100) < 15 ? "yes" : "no") + "\"}";
            case "waste" -> "{\"waste_type\":\"" + choose(new String[] {"litter", "bin", "bulky", "hazardous"},
                    new int[] {40, 30, 27, 3}, random) + "\"}";
            case "noise" -> "{\"ongoing\":\"" + (random.nextBoolean() ? "yes" : "no") + "\"}";
            case "streetlight" -> random.nextInt(100) < 30 ? "{\"pole_number\":\"LP-" + (10_000
                    + random.nextInt(90_000)) + "\"}" : "{}";
            default -> "{}";
        };
    }

    private static String publicNote(String status) {
        return switch (status) {
            case "FIXED" -> "Fixed. Thank you for your report.";
            case "DUPLICATE" -> "Already reported: we handle it under an earlier request.";
            case "NOT_RESPONSIBLE" -> "This is not the city's: we passed it to the owner.";
            case "CLOSED" -> "Closed after inspection.";
            default -> null;
        };
    }

    /** A CSV field: quoted (an empty quoted field is an empty string), or nothing for NULL. */
    private static StringBuilder text(StringBuilder out, String value) {
        return value == null ? out : out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static void send(CopyIn in, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static Category pick(List<Category> categories, int totalShare, Random random) {
        int n = random.nextInt(totalShare);
        for (Category c : categories) {
            n -= c.share();
            if (n < 0) {
                return c;
            }
        }
        return categories.get(categories.size() - 1);
    }

    private static String choose(String[] values, int[] shares, Random random) {
        int n = random.nextInt(java.util.Arrays.stream(shares).sum());
        for (int i = 0; i < values.length; i++) {
            n -= shares[i];
            if (n < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    // ---------------------------------------------------------------- Open311 search

    /**
     * CLIENTS apps, each with its own connection, searching one after another for SECONDS: a random
     * category, open or closed, a random 30-day window of the last year, the first 50. Only searches
     * that start after the warm-up and finish within the measured time count.
     */
    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    static void open311(String base, List<String> codes, int clients, int seconds) throws Exception {
        Figures.check(clients > 0 && clients <= MAX_CLIENTS, "1 to " + MAX_CLIENTS + " clients");
        Figures.check(seconds > 0 && seconds <= MAX_SECONDS, "1 to " + MAX_SECONDS + " seconds");
        Figures.check(!codes.isEmpty(), "no active complaint categories in the database");
        Instant now = Instant.now();
        long measured = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        long end = measured + seconds * 1_000_000_000L;
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> refused = new ConcurrentHashMap<>();
        AtomicLong found = new AtomicLong();
        AtomicReference<String> firstRefusal = new AtomicReference<>();
        // Each app keeps one connection and reads its answers with blocking I/O (KeepAliveHttp says why).
        java.net.URI server = java.net.URI.create(base);
        Parallel.run(clients, t -> {
            Random random = new Random(31L * t + 7);
            try (KeepAliveHttp http = new KeepAliveHttp(server)) {
                for (int n = 0; n < MAX_SEARCHES_PER_CLIENT && System.nanoTime() < end; n++) {
                    String query = search(codes, now, random);
                    long s = System.nanoTime();
                    KeepAliveHttp.Answer r = null;
                    try {
                        r = http.get(query);
                    } catch (java.io.IOException e) {
                        firstRefusal.compareAndSet(null, "no answer: " + e.getMessage());
                    }
                    long f = System.nanoTime();
                    if (s < measured || f > end) {
                        continue; // warm-up, or still running when the time was up
                    }
                    if (r != null && r.status() == 200) {
                        nanos.add(f - s);
                        found.addAndGet(occurrences(r.body(), "\"service_request_id\""));
                    } else {
                        refused.merge(r == null ? -1 : r.status(), 1, Integer::sum);
                        if (r != null) {
                            firstRefusal.compareAndSet(null, r.status() + " " + query + " " + r.body());
                        }
                    }
                }
            }
        });
        int notOk = refused.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("open311 GET requests.json (category, open/closed, 30-day window, %d a page): %d clients,"
                + " %d s after %d s warm-up: %,d answered 200 = %,.0f requests/s, %.1f requests a page on average;"
                + " not 200: %d %s%n", PAGE_SIZE, clients, seconds, WARM_UP_SECONDS, nanos.size(),
                nanos.size() / (double) seconds, nanos.isEmpty() ? 0.0 : found.get() / (double) nanos.size(), notOk,
                refused.isEmpty() ? "" : new TreeMap<>(refused) + " (-1: no answer)");
        if (firstRefusal.get() != null) {
            System.out.println("  first answer that was not 200: " + Figures.abbreviate(firstRefusal.get()));
        }
        if (!nanos.isEmpty()) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            System.out.printf("  latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", Figures.percentile(sorted, 0.50),
                    Figures.percentile(sorted, 0.95), Figures.percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        }
    }

    private static String search(List<String> codes, Instant now, Random random) {
        Instant from = now.minus(YEAR).plusSeconds((long) (random.nextDouble()
                * YEAR.minus(SEARCH_WINDOW).toSeconds()));
        return OPEN311 + "?service_code=" + encode(codes.get(random.nextInt(codes.size())))
                + "&status=" + (random.nextBoolean() ? "open" : "closed")
                + "&start_date=" + encode(cityTime(from)) + "&end_date=" + encode(cityTime(from.plus(SEARCH_WINDOW)))
                + "&page=1&page_size=" + PAGE_SIZE;
    }

    /** ISO 8601 with the city's offset, as an app in the city sends it. */
    private static String cityTime(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), CITY_ZONE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }


    // ---------------------------------------------------------------- the staff queue page

    /**
     * PAGES loads of the staff queue page, one after another as a member of staff works: the open
     * queue, a kind of problem, overdue only, a later page — the whole page as the browser gets it
     * (Faces rendering included), after 20 unmeasured loads.
     */
    static void queue(String base, List<String> codes, int pages) {
        Figures.check(pages > 0 && pages <= 10_000, "1 to 10,000 pages");
        PortalClient staff = new PortalClient(base).signIn("staff");
        Random random = new Random(11);
        List<Long> nanos = new ArrayList<>();
        for (int n = 0; n < pages + 20; n++) {
            String query = switch (n % 6) {
                case 0 -> "status=open";
                case 1 -> "status=open&category=" + codes.get(random.nextInt(codes.size()));
                case 2 -> "overdue=true";
                case 3 -> "status=open&order=PRIORITY&area=Binnenstad";
                case 4 -> "status=open&assignee=none&priority=NORMAL&order=DUE";
                default -> "status=open&page=" + (2 + random.nextInt(5));
            };
            long s = System.nanoTime();
            HttpResponse<String> page = staff.get("/staff/requests.xhtml?" + query);
            long f = System.nanoTime();
            Figures.check(page.statusCode() == 200, "queue page " + page.statusCode());
            if (n >= 20) {
                nanos.add(f - s);
            }
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "staff queue page (open, by kind, overdue, by area and priority, nobody's, later "
                + "pages; 50 a page): %d loads: "
                + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.size(), Figures.percentile(sorted, 0.50),
                Figures.percentile(sorted, 0.95), Figures.percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    // ---------------------------------------------------------------- places

    private static final String[] STREETS = {"oudeg", "Nieuwegracht 4", "Drift", "lange n", "Twijnstraat 31",
        "Springweg", "3511 AB", "Lijnmarkt 2", "Biltstraat 100", "Mariaplaats", "Croeselaan 15", "jutf"};

    /**
     * COUNT address searches as people type them (the register's REST search), then COUNT pages of
     * the reports around a random place of the city centre (a map of the register's streets and
     * the reports of the last 30 days within 500 m), one after another.
     */
    static void places(String base, int count) {
        Figures.check(count > 0 && count <= 10_000, "1 to 10,000 of each");
        PortalClient anyone = new PortalClient(base);
        Random random = new Random(17);
        List<Long> searches = new ArrayList<>();
        List<Long> pages = new ArrayList<>();
        for (int n = 0; n < count + 20; n++) {
            String q = STREETS[random.nextInt(STREETS.length)];
            long s = System.nanoTime();
            HttpResponse<String> found = anyone.get("/api/v1/addresses?limit=10&q=" + encode(q));
            long f = System.nanoTime();
            Figures.check(found.statusCode() == 200, "address search " + found.statusCode() + " " + found.body());
            if (n >= 20) {
                searches.add(f - s);
            }
        }
        for (int n = 0; n < count + 20; n++) {
            String place = String.format(Locale.ROOT, "latitude=%.5f&longitude=%.5f", 52.085 + random.nextDouble()
                    * 0.02, 5.105 + random.nextDouble() * 0.03);
            long s = System.nanoTime();
            HttpResponse<String> page = anyone.get("/nearby-reports.xhtml?radius=500&days=30&" + place);
            long f = System.nanoTime();
            Figures.check(page.statusCode() == 200, "reports around a place " + page.statusCode());
            if (n >= 20) {
                pages.add(f - s);
            }
        }
        for (List<Long> nanos : List.of(searches, pages)) {
            Collections.sort(nanos);
        }
        System.out.printf(Locale.ROOT, "address search (/api/v1/addresses?q=, 10 at most): %d: p50 %.1f ms, p95 %.1f ms,"
                + " p99 %.1f ms%n", searches.size(), Figures.percentile(searches, 0.50), Figures.percentile(searches, 0.95),
                Figures.percentile(searches, 0.99));
        System.out.printf(Locale.ROOT, "reports around a place (page with street map, 500 m, 30 days): %d: p50 %.1f ms,"
                + " p95 %.1f ms, p99 %.1f ms%n", pages.size(), Figures.percentile(pages, 0.50), Figures.percentile(pages, 0.95),
                Figures.percentile(pages, 0.99));
    }

    // ---------------------------------------------------------------- Open311 filing

    /**
     * COUNT requests filed through Open311 by CLIENTS apps sharing one new key: potholes (with their
     * size) and trees in turn, each with its own description and place so none is taken for a
     * resubmission. 200 is filed; 429 is the rate limit, counted apart.
     */
    static void submit(String base, int count, int clients) throws Exception {
        Figures.check(count > 0 && count <= MAX_SUBMISSIONS, "submit 1 to " + MAX_SUBMISSIONS + " requests");
        Figures.check(clients > 0 && clients <= MAX_CLIENTS, "1 to " + MAX_CLIENTS + " clients");
        System.out.println("submit: filing is rate limited per key (complaint.rate.sender.burst, default 30;"
                + " complaint.rate.sender.per.minute, default 60) and per address (complaint.rate.address.burst /"
                + " .per.minute). This benchmark cannot change them: raise them in the server's bootstrap.properties"
                + " and restart it, or expect 429s.");
        String run = UUID.randomUUID().toString().substring(0, 8);
        PortalClient admin = new PortalClient(base).signIn("admin");
        HttpResponse<String> made = admin.postJson("/api/v1/open311/keys", "{\"name\":\"Benchmark " + run + "\"}",
                Map.of());
        Figures.check(made.statusCode() == 201, "API key " + made.statusCode() + " " + made.body());
        String key = Json.object(made.body()).getString("key");

        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Set<String> filed = ConcurrentHashMap.newKeySet();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicReference<String> firstOther = new AtomicReference<>();
        long deadline = System.nanoTime() + SUBMIT_TIME_LIMIT.toNanos();
        long start = System.nanoTime();
        // As for reading: one connection per app with blocking I/O, so the figures are the server's.
        java.net.URI server = java.net.URI.create(base);
        Parallel.run(clients, t -> {
            Random random = new Random(1_000L + t);
            try (KeepAliveHttp app = new KeepAliveHttp(server)) {
                for (int i = t; i < count && System.nanoTime() < deadline; i += clients) {
                    String form = submission(key, run, i, random);
                    long s = System.nanoTime();
                    KeepAliveHttp.Answer r = null;
                    try {
                        r = app.postForm(OPEN311, form);
                    } catch (java.io.IOException e) {
                        firstOther.compareAndSet(null, "no answer: " + e.getMessage());
                    }
                    long took = System.nanoTime() - s;
                    if (r != null && r.status() == 200) {
                        ok.incrementAndGet();
                        nanos.add(took);
                        filed.add(Json.array(r.body()).getJsonObject(0).get("service_request_id").toString());
                    } else if (r != null && r.status() == 429) {
                        limited.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                        if (r != null) {
                            firstOther.compareAndSet(null, r.status() + " " + r.body());
                        }
                    }
                }
            }
        });
        double took = seconds(start);
        int sent = ok.get() + limited.get() + other.get();
        System.out.printf("open311 POST requests.json: %,d of %,d sent by %d clients in %.1f s: %,d filed (200) ="
                + " %,.0f submissions/s, %,d distinct requests; %,d refused by the rate limit (429); %,d other%n",
                sent, count, clients, took, ok.get(), ok.get() / took, filed.size(), limited.get(), other.get());
        if (!nanos.isEmpty()) {
            Figures.print("  filing latency (200 answers)", nanos);
        }
        if (firstOther.get() != null) {
            System.out.println("  first other answer: " + Figures.abbreviate(firstOther.get()));
        }
        if (limited.get() > 0) {
            System.out.printf("  %,d submissions were refused with 429: the figures above are not the filing rate."
                    + " Raise complaint.rate.sender.burst and complaint.rate.sender.per.minute (and"
                    + " complaint.rate.address.*) above %,d in the server's bootstrap.properties, restart it, run"
                    + " again.%n", limited.get(), count);
        }
        if (filed.size() < ok.get()) {
            System.out.printf("  %,d answers were an earlier request again (taken for resubmissions)%n",
                    ok.get() - filed.size());
        }
    }

    private static String submission(String key, String run, int i, Random random) {
        boolean pothole = i % 2 == 0;
        String[] descriptions = DESCRIPTIONS.get(pothole ? "pothole" : "tree");
        String form = "api_key=" + encode(key) + "&service_code=" + (pothole ? "pothole" : "tree")
                + String.format(Locale.ROOT, "&lat=%.6f&long=%.6f", CENTRE_LAT + (random.nextDouble() - 0.5) * 0.04,
                        CENTRE_LONG + (random.nextDouble() - 0.5) * 0.06)
                + "&description=" + encode(descriptions[random.nextInt(descriptions.length)] + " (benchmark " + run
                        + ", report " + i + ")");
        return pothole ? form + "&" + encode("attribute[size]") + "="
                + new String[] {"small", "medium", "large"}[random.nextInt(3)] : form;
    }

    // ---------------------------------------------------------------- shared

    private static Connection database(String jdbc) throws SQLException {
        return DriverManager.getConnection(jdbc, "citiverse", System.getProperty("benchmark.db.password",
                System.getProperty("db.password", "citiverse-it")));
    }

    private static long requests(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select count(*) from complaint_request")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Category> categories(Connection db) throws SQLException {
        List<Category> categories = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select code, department_code, due_days"
                + " from complaint_category where active order by code")) {
            while (r.next()) {
                categories.add(new Category(r.getString(1), r.getString(2), r.getInt(3),
                        CATEGORY_SHARES.getOrDefault(r.getString(1), 20)));
            }
        }
        return categories;
    }



    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }


    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

}
