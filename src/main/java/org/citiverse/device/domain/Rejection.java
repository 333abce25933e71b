package org.citiverse.device.domain;

/** Why a device message was refused. The code travels with the dead letter; the text is for staff. */
public enum Rejection {
    MISSING_MESSAGE_ID("The message has no message id."),
    INVALID_MESSAGE_ID("The message id must be 1-100 letters, digits, '.', '_', ':' or '-'."),
    MISSING_DEVICE_ID("The message has no device id."),
    INVALID_DEVICE_ID("The device id must be 1-100 letters, digits, '.', '_', ':' or '-'."),
    UNSUPPORTED_CONTENT_TYPE("The content type is not one the platform reads."),
    MISSING_BODY("The message has no text or bytes body."),
    TOO_LARGE("The body is larger than the platform accepts."),
    MALFORMED_BODY("The body is not well-formed JSON."),
    UNKNOWN_DEVICE("No device with this id is registered."),
    REVOKED_DEVICE("The device's credential was revoked."),
    BAD_SIGNATURE("The signature is missing or not the device's (CitiVerseSignature / X-Signature)."),
    UNCONVERTIBLE("The body is JSON but not in its content type's format."),
    OBSERVED_TOO_LONG_AGO("A reading is older than the platform keeps history for (a reset device clock?)."),
    OBSERVED_IN_FUTURE("A reading is dated more than five minutes ahead of now (a device clock that runs fast?)."),
    NUMBER_OUT_OF_RANGE("A number is beyond what any measurement can be (an overflow in the device?)."),
    DEVICE_MISMATCH("The body names another device than the one whose signature it carries."),
    REJECTED_BY_TWIN("The device's twin cannot take these values."),
    INVALID_DESCRIPTION("The body is not a Thing Description the platform takes."),
    NO_TWIN("The device reports for no twin, so its description has nothing to describe."),
    UNKNOWN_COMMAND("The answer names no command sent to this device.");

    private final String description;

    Rejection(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
