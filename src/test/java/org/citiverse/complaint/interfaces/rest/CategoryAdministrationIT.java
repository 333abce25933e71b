package org.citiverse.complaint.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * City administrators manage the kinds of problem over the real server: a new kind and its
 * questions through the API and the pages, what Open311 then offers, answers given before a
 * question changed or went, stale versions, bad and oversized input, and who may do it.
 */
class CategoryAdministrationIT {

    private static final String BASE = TestServers.postgres();
    private static final String API = "/api/v1/service-categories";
    private final PortalClient admin = new PortalClient(BASE).signIn("admin");
    private final PortalClient staff = new PortalClient(BASE).signIn("staff");
    private final PortalClient citizen = new PortalClient(BASE).signIn("citizen");
    private final PortalClient anyone = new PortalClient(BASE);
    /** Kinds a test offered: offered no longer afterwards, so residents' list of kinds stays short. */
    private final List<String> offered = new java.util.ArrayList<>();

    @AfterEach
    void offerNoLonger() {
        for (String code : offered) {
            JsonObject kind = Json.object(admin.get(API + "/" + code).body());
            jakarta.json.JsonObjectBuilder settings = jakarta.json.Json.createObjectBuilder(kind).remove("code")
                    .remove("questions").add("active", false);
            HttpResponse<String> withdrawn = admin.send("PUT", API + "/" + code, settings.build().toString());
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        }
    }

    @Test
    void aNewKindWithItsQuestionsIsOfferedThroughOpen311() {
        String code = newCode("bench");
        offered.add(code);
        HttpResponse<String> created = admin.postJson(API, kind(code, true), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(API + "/" + code), created.headers()
                .map().toString());
        JsonObject kind = Json.object(created.body());
        assertEquals(0, kind.getInt("version"));
        assertEquals(List.of("bench", "seat"), strings(kind.getJsonArray("keywords")));
        assertTrue(kind.getJsonArray("questions").isEmpty());

        JsonObject service = service(code);
        assertEquals("Broken bench", service.getString("service_name"));
        assertEquals("Streets", service.getString("group"));
        assertEquals("bench,seat", service.getString("keywords"));
        assertFalse(service.getBoolean("metadata"), "no questions yet");

        JsonObject one = added(code, 0, "{\"code\":\"damage\",\"datatype\":\"singlevaluelist\",\"required\":true,"
                + "\"descriptionEn\":\"What is broken?\",\"descriptionNl\":\"Wat is er kapot?\",\"values\":["
                + "{\"key\":\"seat\",\"nameEn\":\"The seat\",\"nameNl\":\"De zitting\"},"
                + "{\"key\":\"legs\",\"nameEn\":\"A leg\",\"nameNl\":\"Een poot\"}]}");
        JsonObject two = added(code, one.getInt("version"), "{\"code\":\"bench_number\",\"datatype\":\"string\","
                + "\"descriptionEn\":\"Number on the bench, if any\",\"descriptionNl\":\"Nummer op het bankje, als dat er is\"}");
        HttpResponse<String> moved = admin.postJson(API + "/" + code + "/questions/bench_number/move",
                "{\"version\":" + two.getInt("version") + ",\"direction\":\"up\"}", Map.of());
        assertEquals(200, moved.statusCode(), moved.body());

        assertTrue(service(code).getBoolean("metadata"));
        JsonArray attributes = definition(code, "en").getJsonArray("attributes");
        assertEquals(List.of("bench_number", "damage"), attributes.stream()
                .map(a -> a.asJsonObject().getString("code")).toList(), "in the order the admin put them");
        JsonObject damage = attributes.getJsonObject(1);
        assertEquals("singlevaluelist", damage.getString("datatype"));
        assertTrue(damage.getBoolean("required"));
        assertEquals(2, damage.getInt("order"));
        assertEquals("What is broken?", damage.getString("description"));
        assertEquals(List.of("seat", "legs"), damage.getJsonArray("values").stream()
                .map(v -> v.asJsonObject().getString("key")).toList());
        assertEquals("Een poot", definition(code, "nl").getJsonArray("attributes").getJsonObject(1)
                .getJsonArray("values").getJsonObject(1).getString("name"));
        assertTrue(anyone.get("/open311/v2/services/" + code + ".xml").body().contains("<code>bench_number</code>"));

        String audit = staff.get("/api/audit?object=" + code).body();
        for (String action : List.of("complaint.category-created", "complaint.question-added",
                "complaint.question-moved")) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
    }

    @Test
    void answersGivenBeforeAQuestionChangesOrGoesStayAsTheyWereGiven() {
        String code = newCode("lamp");
        offered.add(code);
        assertEquals(201, admin.postJson(API, kind(code, true), Map.of()).statusCode());
        JsonObject kind = added(code, 0, "{\"code\":\"colour\",\"datatype\":\"singlevaluelist\",\"required\":true,"
                + "\"descriptionEn\":\"Which colour?\",\"descriptionNl\":\"Welke kleur?\",\"values\":["
                + "{\"key\":\"green\",\"nameEn\":\"Green\",\"nameNl\":\"Groen\"},"
                + "{\"key\":\"red\",\"nameEn\":\"Red\",\"nameNl\":\"Rood\"}]}");
        long id = file(code, "\"colour\":\"red\"");

        HttpResponse<String> changed = admin.send("PUT", API + "/" + code + "/questions/colour", "{\"version\":"
                + kind.getInt("version") + ",\"datatype\":\"multivaluelist\",\"required\":false,\"descriptionEn\":"
                + "\"Which colours?\",\"descriptionNl\":\"Welke kleuren?\",\"values\":[{\"key\":\"green\","
                + "\"nameEn\":\"Green\",\"nameNl\":\"Groen\"},{\"key\":\"blue\",\"nameEn\":\"Blue\",\"nameNl\":\"Blauw\"}]}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("red", answers(id).getString("colour"), "kept as given, though red is no longer offered");
        assertTrue(staff.get("/staff/request.xhtml?id=" + id).body().contains("<dt>Which colours?</dt><dd>red</dd>"),
                "staff still read it, by its key");
        file(code, "\"colour\":[\"green\",\"blue\"]"); // new reports follow the change

        HttpResponse<String> removed = admin.send("DELETE", API + "/" + code + "/questions/colour?version="
                + Json.object(changed.body()).getInt("version"), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(Json.object(removed.body()).getJsonArray("questions").isEmpty());
        assertEquals("red", answers(id).getString("colour"), "a removed question keeps its answers");
        HttpResponse<String> staffPage = staff.get("/staff/request.xhtml?id=" + id);
        assertEquals(200, staffPage.statusCode());
        assertTrue(staffPage.body().contains("<dt>colour</dt><dd>red</dd>"), "shown under its code");
        assertTrue(definition(code, "en").getJsonArray("attributes").isEmpty());
        HttpResponse<String> refused = citizen.postJson("/api/v1/service-requests", request(code, "\"colour\":\"red\""),
                Map.of());
        assertEquals(400, refused.statusCode(), "new reports no longer answer it: " + refused.body());

        String audit = staff.get("/api/audit?object=" + code).body();
        assertTrue(audit.contains("complaint.question-changed") && audit.contains("complaint.question-removed"), audit);
    }

    @Test
    void settingsChangeAgainstTheVersionReadAndStaleChangesAreRefused() {
        String code = newCode("fountain");
        assertEquals(201, admin.postJson(API, kind(code, false), Map.of()).statusCode());
        assertFalse(anyone.get("/open311/v2/services.json").body().contains("\"" + code + "\""), "not offered yet");
        HttpResponse<String> changed = admin.send("PUT", API + "/" + code, settings(0, "Broken fountain", 3, true));
        assertEquals(200, changed.statusCode(), changed.body());
        offered.add(code);
        assertEquals(1, Json.object(changed.body()).getInt("version"));
        assertEquals("Broken fountain", service(code).getString("service_name"));
        assertEquals("Broken fountain", Json.object(admin.get(API + "/" + code).body()).getString("nameEn"));

        assertEquals(409, admin.send("PUT", API + "/" + code, settings(0, "Stale", 3, true)).statusCode());
        HttpResponse<String> stale = admin.postJson(API + "/" + code + "/questions", "{\"version\":0,\"code\":\"late\","
                + "\"datatype\":\"text\",\"descriptionEn\":\"Late\",\"descriptionNl\":\"Laat\"}", Map.of());
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("complaint/CATEGORY_CHANGED_ELSEWHERE"), stale.body());
        assertEquals(409, admin.send("DELETE", API + "/" + code + "/questions/late?version=0", null).statusCode());
        assertEquals("Broken fountain", Json.object(admin.get(API + "/" + code).body()).getString("nameEn"));
        assertTrue(staff.get("/api/audit?object=" + code).body().contains("complaint.category-changed"));
    }

    @Test
    void unknownKindsAndQuestionsAreNotFound() {
        String code = newCode("kiosk");
        assertEquals(201, admin.postJson(API, kind(code, false), Map.of()).statusCode());
        assertEquals(404, admin.get(API + "/no-such-kind").statusCode());
        assertEquals(404, admin.send("PUT", API + "/no-such-kind", settings(0, "X", 3, true)).statusCode());
        assertEquals(404, admin.postJson(API + "/no-such-kind/questions", "{\"version\":0,\"code\":\"a\","
                + "\"datatype\":\"text\",\"descriptionEn\":\"A\",\"descriptionNl\":\"A\"}", Map.of()).statusCode());
        assertEquals(404, admin.send("PUT", API + "/" + code + "/questions/nothing", "{\"version\":0,"
                + "\"datatype\":\"text\",\"descriptionEn\":\"A\",\"descriptionNl\":\"A\"}").statusCode());
        assertEquals(404, admin.send("DELETE", API + "/" + code + "/questions/nothing?version=0", null).statusCode());
        HttpResponse<String> move = admin.postJson(API + "/" + code + "/questions/nothing/move",
                "{\"version\":0,\"direction\":\"down\"}", Map.of());
        assertEquals(404, move.statusCode());
        assertTrue(move.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void badDuplicateAndOversizedInputIsRefusedWithTheFieldNamedAndNothingChanges() {
        String code = newCode("bin");
        assertEquals(201, admin.postJson(API, kind(code, false), Map.of()).statusCode());
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put(kind(code, false), "There is a category with this code already.");
        kinds.put(kind("Bad Code", false), "code is 2 to 40");
        kinds.put(kind(newCode("x").replace("x-", "x_"), false), "code is 2 to 40");
        kinds.put(kind(newCode("long"), false).replace("Broken bench", "x".repeat(81)), "Both names");
        kinds.put(kind(newCode("desc"), false).replace("A bench that is broken", "y".repeat(301)), "1 to 300 characters");
        kinds.put(kind(newCode("days"), false).replace("\"dueDays\":10", "\"dueDays\":366"), "1 to 365 days");
        kinds.put(kind(newCode("days"), false).replace("\"dueDays\":10", "\"dueDays\":\"ten\""), "dueDays is a whole number");
        kinds.put(kind(newCode("dept"), false).replace("\"department\":\"roads\"", "\"department\":\"moon\""),
                "department is the code");
        kinds.put(kind(newCode("kw"), false).replace("[\"bench\",\"seat\"]", "\"bench,seat\""), "keywords is a list");
        kinds.put(kind(newCode("kw"), false).replace("\"seat\"", "\"" + "s".repeat(41) + "\""), "keywords are texts");
        kinds.put(kind(newCode("ctl"), false).replace("Broken bench", "Broken\\u0007bench"), "Both names");
        kinds.put(kind(newCode("extra"), false).replace("{", "{\"reporter\":\"x\","), "a JSON object with");
        kinds.put("[1,2]", "a JSON object with");
        kinds.forEach((body, message) -> {
            HttpResponse<String> refused = admin.postJson(API, body, Map.of());
            assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
            assertTrue(refused.body().contains(message), body + " -> " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        });
        assertEquals(400, admin.postJson(API, "{not json", Map.of()).statusCode());
        assertEquals(415, admin.post(API, "text/plain", "bench", Map.of()).statusCode());

        String list = "{\"version\":0,\"code\":\"kind\",\"datatype\":\"singlevaluelist\",\"descriptionEn\":\"Kind\","
                + "\"descriptionNl\":\"Soort\",\"values\":VALUES}";
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put(list.replace("VALUES", "[]"), "A list question has 1 to 30 values");
        questions.put(list.replace("VALUES", "[{\"key\":\"a\",\"nameEn\":\"A\",\"nameNl\":\"A\"},{\"key\":\"a\","
                + "\"nameEn\":\"B\",\"nameNl\":\"B\"}]"), "values[1].key is the key of another value");
        questions.put(list.replace("VALUES", "[{\"key\":\"A b\",\"nameEn\":\"A\",\"nameNl\":\"A\"}]"), "values[0].key");
        questions.put(list.replace("VALUES", "[{\"key\":\"a\",\"nameEn\":\"A\"}]"), "values[0].nameNl");
        questions.put(list.replace("VALUES", "[\"a\"]"), "values is a list of");
        questions.put(list.replace("VALUES", values(31)), "A list question has 1 to 30 values");
        questions.put(list.replace("singlevaluelist", "colour").replace(",\"values\":VALUES", ""), "datatype is");
        questions.put(list.replace("singlevaluelist", "string").replace("VALUES", values(2)),
                "other questions have none");
        questions.put(list.replace("\"Kind\"", "\"" + "k".repeat(201) + "\"").replace("VALUES", values(2)),
                "descriptionEn is 1 to 200");
        questions.put(list.replace("\"code\":\"kind\"", "\"code\":\"Kind-Of\"").replace("VALUES", values(2)),
                "code is 1 to 40");
        questions.put(list.replace("\"version\":0,", "").replace("VALUES", values(2)), "a JSON object with");
        questions.forEach((body, message) -> {
            HttpResponse<String> refused = admin.postJson(API + "/" + code + "/questions", body, Map.of());
            assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
            assertTrue(refused.body().contains(message), body + " -> " + refused.body());
        });

        // Twenty questions at most, and a question's code only once.
        int version = 0;
        for (int i = 0; i < 20; i++) {
            version = added(code, version, "{\"code\":\"q" + i + "\",\"datatype\":\"string\",\"descriptionEn\":\"Q\","
                    + "\"descriptionNl\":\"V\"}").getInt("version");
        }
        HttpResponse<String> tooMany = admin.postJson(API + "/" + code + "/questions", "{\"version\":" + version
                + ",\"code\":\"q20\",\"datatype\":\"string\",\"descriptionEn\":\"Q\",\"descriptionNl\":\"V\"}", Map.of());
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("at most 20 questions"), tooMany.body());
        HttpResponse<String> twice = admin.send("DELETE", API + "/" + code + "/questions/q19?version=" + version, null);
        assertEquals(200, twice.statusCode(), twice.body());
        version = Json.object(twice.body()).getInt("version");
        HttpResponse<String> taken = admin.postJson(API + "/" + code + "/questions", "{\"version\":" + version
                + ",\"code\":\"q0\",\"datatype\":\"text\",\"descriptionEn\":\"Q\",\"descriptionNl\":\"V\"}", Map.of());
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("has a question with this code already"), taken.body());
        HttpResponse<String> firstUp = admin.postJson(API + "/" + code + "/questions/q0/move", "{\"version\":" + version
                + ",\"direction\":\"up\"}", Map.of());
        assertEquals(400, firstUp.statusCode(), firstUp.body());
        assertEquals(400, admin.postJson(API + "/" + code + "/questions/q1/move", "{\"version\":" + version
                + ",\"direction\":\"sideways\"}", Map.of()).statusCode());
        assertEquals(400, admin.send("DELETE", API + "/" + code + "/questions/q1", null).statusCode(), "no version");
        assertEquals(400, admin.send("DELETE", API + "/" + code + "/questions/q1?version=new", null).statusCode());

        JsonObject kept = Json.object(admin.get(API + "/" + code).body());
        assertEquals(version, kept.getInt("version"), "no refused change was made");
        assertEquals(19, kept.getJsonArray("questions").size());
        String all = admin.get(API).body();
        assertFalse(all.contains("\"Bad Code\"") || all.contains("\"" + "x".repeat(81)), "nothing made of bad input");
    }

    @Test
    void onlyCityAdministratorsManageKinds() {
        String body = kind(newCode("nope"), true);
        assertEquals(401, anyone.get(API).statusCode(), "no token, no session");
        assertEquals(401, anyone.postJson(API, body, Map.of()).statusCode());
        assertEquals(403, citizen.postJson(API, body, Map.of()).statusCode());
        assertEquals(403, staff.postJson(API, body, Map.of()).statusCode());
        assertEquals(403, staff.get(API + "/tree").statusCode());
        assertEquals(403, staff.send("DELETE", API + "/pothole/questions/size?version=0", null).statusCode());
        PortalClient gateway = new PortalClient(BASE)
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
        assertEquals(403, gateway.postJson(API, body, Map.of()).statusCode());
        PortalClient app = new PortalClient(BASE)
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-citizen-app", "demo-citizen-app-secret"));
        assertEquals(403, app.get(API).statusCode());
        PortalClient forged = new PortalClient(BASE).withBearer(Tokens.unsigned(
                Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret")));
        assertEquals(401, forged.get(API).statusCode());
        assertEquals(403, citizen.get("/admin/category-new.xhtml").statusCode());
        assertFalse(admin.get(API).body().contains("nope-"), "nothing was made");
    }

    @Test
    void anAdminAddsAKindAndAQuestionOnThePages() {
        String code = newCode("shelter");
        String form = admin.get("/admin/category-new.xhtml?lang=en").body();
        assertFalse(form.contains("error-summary"), "no errors before a submit");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("nameEn", "Bus shelter");
        fields.put("nameNl", "Bushokje");
        fields.put("descriptionEn", "A bus shelter that is damaged or dirty.");
        fields.put("descriptionNl", "Een bushokje dat beschadigd of vies is.");
        fields.put("groupEn", "Streets");
        fields.put("groupNl", "Straten");
        fields.put("keywords", "bus, shelter, glass");
        fields.put("department", "roads");
        fields.put("dueDays", "5");
        fields.put("anonymousAllowed", "on");
        HttpResponse<String> refused = admin.submit(form, "category", "Add kind of problem",
                with(fields, "dueDays", "soon"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("error-summary") && refused.body().contains("href=\"#dueDays\""),
                refused.body());
        HttpResponse<String> added = admin.follow(admin.submit(admin.get("/admin/category-new.xhtml?lang=en").body(),
                "category", "Add kind of problem", fields));
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains("Bus shelter") && added.body().contains("has been added"), added.body());
        assertEquals(List.of("bus", "shelter", "glass"), strings(Json.object(admin.get(API + "/" + code).body())
                .getJsonArray("keywords")));

        String page = admin.get("/admin/category.xhtml?code=" + code + "&lang=en").body();
        Map<String, String> question = new LinkedHashMap<>();
        question.put("questionCode", "glass");
        question.put("questionDescriptionEn", "Is there broken glass?");
        question.put("questionDescriptionNl", "Ligt er glas?");
        question.put("questionDatatype", "singlevaluelist");
        question.put("questionRequired", "on");
        question.put("valueKey-1", "yes");
        question.put("valueNameEn-1", "Yes");
        question.put("valueNameNl-1", "Ja");
        question.put("valueKey-2", "yes");
        question.put("valueNameEn-2", "No");
        question.put("valueNameNl-2", "Nee");
        HttpResponse<String> twice = admin.submit(page, "questionForm", "Add question", question);
        assertEquals(200, twice.statusCode());
        assertTrue(twice.body().contains("href=\"#valueKey-2\""), "the second key is the one used twice");
        assertTrue(twice.body().contains("value=\"Nee\""), "the rows stay as typed");
        question.put("valueKey-2", "no");
        HttpResponse<String> saved = admin.follow(admin.submit(twice.body(), "questionForm", "Add question", question));
        assertTrue(saved.body().contains("Is there broken glass?") && saved.body().contains("has been added"),
                saved.body());
        JsonArray values = Json.object(admin.get(API + "/" + code).body()).getJsonArray("questions").getJsonObject(0)
                .getJsonArray("values");
        assertEquals(List.of("yes", "no"), values.stream().map(v -> v.asJsonObject().getString("key")).toList());
        assertTrue(admin.get("/admin/category.xhtml?code=" + code + "&question=glass").body()
                .contains("value=\"Ligt er glas?\""), "the question's page form is filled to change it");
        assertTrue(admin.get("/admin/categories.xhtml").body().contains("/admin/category-new.xhtml"));
    }

    private JsonObject added(String code, int version, String question) {
        HttpResponse<String> added = admin.postJson(API + "/" + code + "/questions",
                question.replaceFirst("\\{", "{\"version\":" + version + ","), Map.of());
        assertEquals(201, added.statusCode(), added.body());
        return Json.object(added.body());
    }

    private long file(String code, String answers) {
        HttpResponse<String> filed = citizen.postJson("/api/v1/service-requests", request(code, answers), Map.of());
        assertEquals(201, filed.statusCode(), filed.body());
        return Json.object(filed.body()).getJsonNumber("id").longValue();
    }

    private static String request(String code, String answers) {
        return "{\"category\":\"" + code + "\",\"description\":\"Seen today " + UUID.randomUUID() + "\","
                + "\"latitude\":52.0907,\"longitude\":5.1214,\"attributes\":{" + answers + "}}";
    }

    private JsonObject answers(long id) {
        return Json.object(staff.get("/api/v1/service-requests/" + id).body()).getJsonObject("attributes");
    }

    private JsonObject service(String code) {
        return Json.array(anyone.get("/open311/v2/services.json").body()).stream().map(JsonValue::asJsonObject)
                .filter(s -> code.equals(s.getString("service_code"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not offered"));
    }

    private JsonObject definition(String code, String language) {
        HttpResponse<String> read = anyone.get("/open311/v2/services/" + code + ".json", Map.of("Accept-Language",
                language));
        assertEquals(200, read.statusCode(), read.body());
        return Json.object(read.body());
    }

    private static String kind(String code, boolean active) {
        return "{\"code\":\"" + code + "\",\"nameEn\":\"Broken bench\",\"nameNl\":\"Kapot bankje\","
                + "\"descriptionEn\":\"A bench that is broken or loose.\",\"descriptionNl\":\"Een bankje dat kapot is.\","
                + "\"groupEn\":\"Streets\",\"groupNl\":\"Straten\",\"keywords\":[\"bench\",\"seat\"],"
                + "\"department\":\"roads\",\"dueDays\":10,\"anonymousAllowed\":true,\"active\":" + active + "}";
    }

    private static String settings(int version, String nameEn, int days, boolean active) {
        return "{\"version\":" + version + ",\"nameEn\":\"" + nameEn + "\",\"nameNl\":\"Kapotte fontein\","
                + "\"descriptionEn\":\"A fountain that does not work.\",\"descriptionNl\":\"Een fontein die het niet doet.\","
                + "\"groupEn\":\"Parks\",\"groupNl\":\"Parken\",\"department\":\"parks\",\"dueDays\":" + days
                + ",\"anonymousAllowed\":true,\"active\":" + active + "}";
    }

    private static String values(int count) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : ",").append("{\"key\":\"k").append(i).append("\",\"nameEn\":\"K\",\"nameNl\":\"K\"}");
        }
        return b.append("]").toString();
    }

    private static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return copy;
    }
}
