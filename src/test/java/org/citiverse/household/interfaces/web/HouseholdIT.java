package org.citiverse.household.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Households through the portal, as three real people signed in through Keycloak: the owner
 * sets one up and invites, a neighbour accepts with the code, a third resident sees nothing of
 * it; codes work once; removing and leaving; every change in the audit log.
 */
class HouseholdIT {

    private static final Pattern HOUSEHOLD_ID = Pattern.compile("view\\.xhtml\\?id=([0-9a-f-]{36})");

    @Test
    void anOwnerInvitesAMemberWhoJoinsAndOthersSeeNothing() {
        PortalClient owner = new PortalClient(TestServers.postgres()).signIn("citizen");
        PortalClient neighbour = new PortalClient(TestServers.postgres()).signIn("neighbour");
        PortalClient outsider = new PortalClient(TestServers.postgres()).signIn("resident");
        String name = "Lindenstraat " + UUID.randomUUID().toString().substring(0, 6);

        String id = create(owner, name);
        String code = invite(owner, id, "for Noor");
        assertFalse(owner.get("/citizen/household/view.xhtml?id=" + id).body().contains(code),
                "the code is shown once only");
        assertTrue(owner.get("/citizen/household/view.xhtml?id=" + id).body().contains("for Noor"),
                "the owner sees the open invitation");

        HttpResponse<String> preview = neighbour.get("/citizen/household/join.xhtml?code=" + code);
        assertTrue(preview.body().contains("invites you to the household &quot;" + name + "&quot;")
                || preview.body().contains("invites you to the household \"" + name + "\""), preview.body());
        HttpResponse<String> joined = neighbour.follow(neighbour.submit(preview.body(), "answer", "Accept and join",
                Map.of()));
        assertTrue(joined.body().contains("Welcome to"), joined.body());
        assertTrue(joined.body().contains(name));

        String members = owner.get("/citizen/household/view.xhtml?id=" + id).body();
        assertTrue(members.contains(displayName(neighbour, id)), "the owner sees the new member by name");
        assertFalse(members.contains("for Noor"), "the invitation is no longer open");

        // The third resident: not in it, so it does not exist for them, on pages and in the API.
        assertEquals(404, outsider.get("/citizen/household/view.xhtml?id=" + id).statusCode());
        assertEquals(404, outsider.get("/api/households/" + id).statusCode());
        assertFalse(outsider.get("/api/households").body().contains(id));
        JsonObject seenByMember = Json.object(neighbour.get("/api/households/" + id).body());
        assertEquals(name, seenByMember.getString("name"));
        assertEquals(2, seenByMember.getJsonArray("members").size());
        assertFalse(seenByMember.toString().contains("subject"), "members by name, never by account id");

        // A used code does not work a second time.
        HttpResponse<String> reused = outsider.get("/citizen/household/join.xhtml?code=" + code);
        assertTrue(reused.body().contains("This code does not match an invitation")
                || reused.body().contains("already been used"), reused.body());
    }

    @Test
    void membersLeaveAndOwnersRemoveButTheOwnerStays() {
        PortalClient owner = new PortalClient(TestServers.postgres()).signIn("citizen");
        PortalClient neighbour = new PortalClient(TestServers.postgres()).signIn("neighbour");
        String id = create(owner, "Flat " + UUID.randomUUID().toString().substring(0, 6));

        join(neighbour, invite(owner, id, ""));
        String view = neighbour.get("/citizen/household/view.xhtml?id=" + id).body();
        assertFalse(view.contains("aria-label=\"Remove"), "only the owner manages members");
        HttpResponse<String> left = neighbour.follow(neighbour.submit(view, "members", "Leave this household", Map.of()));
        assertTrue(left.body().contains("You have left"), left.body());
        assertEquals(404, neighbour.get("/citizen/household/view.xhtml?id=" + id).statusCode());

        join(neighbour, invite(owner, id, ""));
        String ownersView = owner.get("/citizen/household/view.xhtml?id=" + id).body();
        assertFalse(ownersView.contains("Leave this household"), "the owner stays");
        String name = displayName(neighbour, id);
        HttpResponse<String> removed = owner.follow(owner.submit(ownersView, "members", "Remove " + name, Map.of()));
        assertTrue(removed.body().contains(name + " is no longer in the household."), removed.body());
        assertEquals(404, neighbour.get("/api/households/" + id).statusCode());

        PortalClient staff = new PortalClient(TestServers.postgres()).signIn("staff");
        String audit = staff.get("/api/audit?object=" + id + "&limit=100").body();
        for (String action : new String[] {"household.created", "household.invitation-created",
                "household.invitation-accepted", "household.member-left", "household.member-removed"}) {
            assertTrue(audit.contains("\"" + action + "\""), action + " in " + audit);
        }
        assertFalse(audit.contains(name), "no names in the audit log, only account ids");
    }

    @Test
    void badCodesAndNamesGetClearAnswers() {
        PortalClient neighbour = new PortalClient(TestServers.postgres()).signIn("neighbour");
        for (String code : new String[] {"nonsense", "x".repeat(20), "<script>alert(1)</script>", "a".repeat(5000)}) {
            HttpResponse<String> page = neighbour.get("/citizen/household/join.xhtml?code="
                    + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(200, page.statusCode(), code);
            assertTrue(page.body().contains("This code does not match an invitation"), code);
            assertFalse(page.body().contains("<script>alert"), "escaped");
        }
        PortalClient owner = new PortalClient(TestServers.postgres()).signIn("citizen");
        String form = owner.get("/citizen/household/").body();
        HttpResponse<String> empty = owner.submit(form, "create", "Set up household", Map.of("name", "  "));
        assertTrue(empty.body().contains("Enter a name for the household"), empty.body());
        HttpResponse<String> tooLong = owner.submit(owner.get("/citizen/household/").body(), "create",
                "Set up household", Map.of("name", "x".repeat(81)));
        assertTrue(tooLong.body().contains("The name must be 80 characters or fewer"), tooLong.body());

        String id = create(owner, "Twice " + UUID.randomUUID().toString().substring(0, 6));
        assertEquals(404, owner.get("/citizen/household/view.xhtml?id=not-a-uuid").statusCode());
        assertEquals(404, owner.get("/citizen/household/view.xhtml?id=" + UUID.randomUUID()).statusCode());
        String code = invite(owner, id, "");
        HttpResponse<String> ownCode = owner.get("/citizen/household/join.xhtml?code=" + code);
        HttpResponse<String> already = owner.submit(ownCode.body(), "answer", "Accept and join", Map.of());
        assertTrue(already.body().contains("You are already in this household."), already.body());
    }

    /** The name a member goes by in the household (other suites may change people's names). */
    private static String displayName(PortalClient member, String householdId) {
        return Json.object(member.get("/api/households/" + householdId).body()).getJsonArray("members")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getBoolean("you"))
                .map(m -> m.getString("displayName")).findFirst().orElseThrow();
    }

    private static String create(PortalClient owner, String name) {
        HttpResponse<String> created = owner.submit(owner.get("/citizen/household/").body(), "create",
                "Set up household", Map.of("name", name));
        assertEquals(302, created.statusCode(), created.body());
        Matcher id = HOUSEHOLD_ID.matcher(PortalClient.location(created));
        assertTrue(id.find(), PortalClient.location(created));
        return id.group(1);
    }

    private static String invite(PortalClient owner, String id, String note) {
        return org.citiverse.testsupport.Households.invite(owner, id, note);
    }

    private static void join(PortalClient member, String code) {
        org.citiverse.testsupport.Households.join(member, code);
    }
}
