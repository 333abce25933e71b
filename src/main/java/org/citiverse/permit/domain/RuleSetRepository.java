package org.citiverse.permit.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rule sets, stored. */
public interface RuleSetRepository {

    Optional<RuleSet> byId(UUID id);

    /** Read under a row lock (activation). */
    Optional<RuleSet> lockedById(UUID id);

    /** All versions, newest first within an activity and zone type; optionally of one activity. */
    List<RuleSet> all(String activity);

    /** The ACTIVE version of an activity and zone type, if any. */
    Optional<RuleSet> active(String activity, String zoneType);

    /** The activated (active and retired) versions of an activity and zone type, without their models. */
    List<ActivatedVersion> activated(String activity, String zoneType);

    /** The highest version number of an activity and zone type, 0 when none. */
    int lastVersionNumber(String activity, String zoneType);

    long count();

    void add(RuleSet ruleSet);
}
