package org.citiverse.device.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Claim codes of devices, and the wrong codes households entered. */
public interface ClaimCodes {

    void add(ClaimCode code);

    /** The code with this hash, read under its row lock (one claim per code at a time). */
    Optional<ClaimCode> byHash(String codeHash);

    /** A device's codes that are neither used nor expired. */
    List<ClaimCode> openFor(String deviceId, Instant now);

    void add(ClaimFailure failure);

    /** How many wrong codes the household entered since the cutoff. */
    long failuresSince(UUID householdId, Instant cutoff);

    /** Forgets wrong codes entered before the cutoff (they no longer count). */
    void forgetFailuresBefore(Instant cutoff);
}
