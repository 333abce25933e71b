package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A device report that satisfies the message contract (FGMV-31 CommR-ReqR-1): identified,
 * attributed to a device, of a known content type, bounded in size and well-formed.
 * Only instances built by {@link #validate} exist, so holding one is proof of validity.
 */
public record DeviceMessage(String messageId, String deviceId, String contentType, String body, int bodyBytes) {

    /** Content types the ingestion pipeline reads: readings (plain JSON, SenML) or a self-description (TD). */
    public static final Set<String> CONTENT_TYPES = Set.of("application/json", "application/senml+json",
            LorawanUplinkConverter.CONTENT_TYPE, ThingDescription.CONTENT_TYPE);

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /**
     * Checks a received message against the contract.
     *
     * @throws InvalidDeviceMessageException naming the first rule broken
     */
    public static DeviceMessage validate(String messageId, String deviceId, String contentType, String body,
                                         int maxBytes) {
        require(messageId != null && !messageId.isBlank(), Rejection.MISSING_MESSAGE_ID);
        require(IDENTIFIER.matcher(messageId).matches(), Rejection.INVALID_MESSAGE_ID);
        require(deviceId != null && !deviceId.isBlank(), Rejection.MISSING_DEVICE_ID);
        require(IDENTIFIER.matcher(deviceId).matches(), Rejection.INVALID_DEVICE_ID);
        String type = normalise(contentType);
        require(CONTENT_TYPES.contains(type), Rejection.UNSUPPORTED_CONTENT_TYPE);
        require(body != null && !body.isBlank(), Rejection.MISSING_BODY);
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        require(bytes <= maxBytes, Rejection.TOO_LARGE);
        require(wellFormedJson(body), Rejection.MALFORMED_BODY);
        return new DeviceMessage(messageId, deviceId, type, body, bytes);
    }

    /** Drops parameters such as "; charset=utf-8" and case, so equal types compare equal. */
    public static String normalise(String contentType) {
        if (contentType == null) {
            return "application/json";
        }
        int parameters = contentType.indexOf(';');
        String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return type.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean wellFormedJson(String body) {
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            while (parser.hasNext()) {
                parser.next();
            }
            return true;
        } catch (JsonParsingException e) {
            return false;
        }
    }

    private static void require(boolean condition, Rejection rejection) {
        if (!condition) {
            throw new InvalidDeviceMessageException(rejection);
        }
    }
}
