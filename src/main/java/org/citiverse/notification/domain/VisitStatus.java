package org.citiverse.notification.domain;

/** Where a visit stands. Only a ringing visit expires; an answered one ends with its outcome. */
public enum VisitStatus {
    RINGING,
    COMING,
    DECLINED,
    OPENING,
    OPENED,
    OPEN_FAILED,
    EXPIRED;

    /** Still shown to the household as something to act on or to watch. */
    public boolean open() {
        return this == RINGING || this == COMING || this == OPENING || this == OPEN_FAILED;
    }
}
