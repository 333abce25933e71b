package org.citiverse.testsupport;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Households set up the way a citizen does it: through the "My household" page. */
public final class Households {

    private static final Pattern ID = Pattern.compile("id=([0-9a-f-]{36})");
    private static final Pattern CODE = Pattern.compile("id=\"invitation-code\">([A-Za-z0-9_-]{20})<");

    private Households() {
    }

    /** Sets up a household named with this prefix and a short random part; returns its id. */
    public static String create(PortalClient citizen, String namePrefix) {
        HttpResponse<String> created = citizen.submit(citizen.get("/citizen/household/").body(), "create",
                "Set up household", Map.of("name", namePrefix + " " + UUID.randomUUID().toString().substring(0, 6)));
        Matcher id = ID.matcher(PortalClient.location(created));
        if (!id.find()) {
            throw new AssertionError("no household created: " + created.statusCode() + " " + created.body());
        }
        return id.group(1);
    }

    /** The owner makes an invitation on the household's page; returns its code (shown once). */
    public static String invite(PortalClient owner, String id, String note) {
        String page = owner.get("/citizen/household/view.xhtml?id=" + id).body();
        HttpResponse<String> invited = owner.follow(owner.submit(page, "invite", "Make an invitation",
                Map.of("note", note)));
        Matcher code = CODE.matcher(invited.body());
        if (!code.find()) {
            throw new AssertionError("no invitation code shown: " + invited.body());
        }
        return code.group(1);
    }

    /** Someone accepts an invitation with its code and joins the household. */
    public static void join(PortalClient member, String code) {
        String preview = member.get("/citizen/household/join.xhtml?code=" + code).body();
        HttpResponse<String> joined = member.follow(member.submit(preview, "answer", "Accept and join", Map.of()));
        if (joined.statusCode() != 200) {
            throw new AssertionError("joining failed: " + joined.statusCode());
        }
    }
}
