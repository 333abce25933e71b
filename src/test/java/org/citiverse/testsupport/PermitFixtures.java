package org.citiverse.testsupport;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Permit data of the demo city for tests: an address whose parcel lies in a residential zone. */
public final class PermitFixtures {

    private static final String[] STREETS = {"Vleutenseweg", "Amsterdamsestraatweg", "Biltstraat", "Jutfaseweg",
        "Burgemeester Reigerstraat", "Adriaen van Ostadelaan", "Nachtegaalstraat"};

    private PermitFixtures() {
    }

    /** An address of the demo register (V20) whose parcel lies in the residential zone of the city model (V23). */
    public static String residentialAddress(PortalClient anyone) {
        for (String street : STREETS) {
            for (Object a : Json.object(anyone.get("/api/v1/addresses?limit=5&q=" + street.replace(" ", "%20"))
                    .body()).getJsonArray("addresses")) {
                String id = ((JsonObject) a).getString("id");
                HttpResponse<String> parcel = anyone.get("/api/v1/permit-city-model/parcels?addressId=" + id);
                if (parcel.statusCode() != 200) {
                    continue;
                }
                JsonObject body = Json.object(parcel.body());
                JsonObject p = body.containsKey("parcels") ? body.getJsonArray("parcels").getJsonObject(0) : body;
                if (!p.isNull("zone") && "residential".equals(p.getJsonObject("zone").getString("type"))) {
                    return id;
                }
            }
        }
        throw new AssertionError("no residential parcel in the demo city");
    }

    /** The body that starts an application for a front fence of 1.5 m: PERMIT_REQUIRED by rule F3. */
    public static String frontFence(String addressId, double height) {
        return "{\"addressId\":\"" + addressId + "\",\"activity\":\"fence\",\"inputs\":{\"location\":\"front\","
                + "\"height\":" + height + "}}";
    }
}
