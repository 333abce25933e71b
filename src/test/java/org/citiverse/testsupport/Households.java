package org.citiverse.testsupport;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Households set up the way a citizen does it: through the "My household" page. */
public final class Households {

    private static final Pattern ID = Pattern.compile("id=([0-9a-f-]{36})");

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
}
