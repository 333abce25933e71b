package org.citiverse.complaint.domain;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.shared.domain.Geo;
import org.citiverse.shared.domain.PlainText;

/**
 * What someone files, before it is checked against its category: where (coordinates, an address,
 * or both), what, the answers to the category's questions, and who (a portal subject, an API key,
 * a device's twin, or nobody).
 *
 * @param attributes answers by attribute code, as text (a multi-value list may have several)
 */
public record Submission(String categoryCode, String description, Double latitude, Double longitude, String address,
                         String addressId, Map<String, List<String>> attributes, String mediaUrl, Contact contact,
                         Source source, String reporter, UUID apiKeyId, String twinId) {

    public static final int MAX_ADDRESS = 250;
    public static final int MAX_ADDRESS_ID = 100;
    public static final int MAX_MEDIA_URL = 500;

    /** Where a request came from. */
    public enum Source { PORTAL, OPEN311, DEVICE }

    /** Contact details given with an API submission (staff only; never published). */
    public record Contact(String name, String email, String phone) {

        private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,60}");
        private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}");

        public static final Contact NONE = new Contact(null, null, null);

        public Contact {
            name = optional(name, 200, "name");
            email = optional(email, 254, "email");
            phone = optional(phone, 40, "phone");
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw new ComplaintException(Reason.CONTACT_INVALID, "email");
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                throw new ComplaintException(Reason.CONTACT_INVALID, "phone");
            }
        }

        private static String optional(String value, int max, String field) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String clean = PlainText.clean(value, max);
            if (clean == null) {
                throw new ComplaintException(Reason.CONTACT_INVALID, field);
            }
            return clean;
        }
    }

    public Submission {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        contact = contact == null ? Contact.NONE : contact;
        if ((latitude == null) != (longitude == null)) {
            throw new ComplaintException(Reason.LOCATION_INVALID, latitude == null ? "lat" : "long");
        }
        if (latitude != null && (!Double.isFinite(latitude) || !Double.isFinite(longitude)
                || !Geo.validPoint(latitude, longitude))) {
            throw new ComplaintException(Reason.LOCATION_INVALID, "lat");
        }
        address = optional(address, MAX_ADDRESS, Reason.ADDRESS_INVALID, "address_string");
        addressId = optional(addressId, MAX_ADDRESS_ID, Reason.ADDRESS_INVALID, "address_id");
        if (latitude == null && address == null && addressId == null) {
            throw new ComplaintException(Reason.LOCATION_MISSING, "lat");
        }
        description = description(description);
        mediaUrl = optional(mediaUrl, MAX_MEDIA_URL, Reason.MEDIA_URL_INVALID, "media_url");
        if (mediaUrl != null && !webAddress(mediaUrl)) {
            throw new ComplaintException(Reason.MEDIA_URL_INVALID, "media_url");
        }
    }

    /**
     * The same submission placed at an address of the city's register: its position (unless one
     * was given) and, when no address was written, the register's way of writing it.
     */
    public Submission atRegisteredAddress(double registeredLatitude, double registeredLongitude, String label) {
        boolean placed = latitude != null;
        return new Submission(categoryCode, description, placed ? latitude : registeredLatitude,
                placed ? longitude : registeredLongitude, address == null ? label : address, addressId, attributes,
                mediaUrl, contact, source, reporter, apiKeyId, twinId);
    }

    /** A description as kept: trimmed, line breaks allowed, at most 4000 characters; null when empty. */
    public static String description(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = CategoryAttribute.text(value, ServiceRequest.MAX_DESCRIPTION);
        if (clean == null) {
            throw new ComplaintException(Reason.DESCRIPTION_INVALID, "description");
        }
        return clean;
    }

    private static String optional(String value, int max, Reason reason, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = PlainText.clean(value, max);
        if (clean == null) {
            throw new ComplaintException(reason, field);
        }
        return clean;
    }

    /** Only http(s) links are kept: a javascript: or data: link would be an attack on whoever opens it. */
    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Nobody the city could answer: no signed-in reporter, no device, no e-mail or phone to reach. */
    public boolean anonymous() {
        return reporter == null && twinId == null && contact.email() == null && contact.phone() == null;
    }
}
