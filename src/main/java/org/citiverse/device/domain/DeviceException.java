package org.citiverse.device.domain;

import org.citiverse.shared.domain.RuleViolation;

/** A device-registry rule was broken; the reason says which (device.error.&lt;reason&gt; in the bundles). */
public class DeviceException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        NOT_FOUND,
        ID_INVALID,
        ID_TAKEN,
        NAME_INVALID,
        PROFILE_INVALID,
        CREDENTIALS_NOT_CONFIGURED,
        NO_DEVICE,
        COMMAND_NOT_FOUND,
        PARAMETERS_INVALID,
        FORBIDDEN,
        /** The device reports for no twin, so a description has nothing to shape. */
        NO_TWIN,
        /** Neither the device's own description nor a built-in profile describes it. */
        NO_DESCRIPTION,
        ALREADY_CLAIMED,
        CLAIM_CODE_UNKNOWN,
        CLAIM_CODE_EXPIRED,
        CLAIM_CODE_USED,
        TOO_MANY_CLAIM_ATTEMPTS,
        /** Not a household of the caller's, or the device is not in it. */
        HOUSEHOLD_NOT_FOUND
    }

    private final Reason reason;

    public DeviceException(Reason reason) {
        super("device", reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
