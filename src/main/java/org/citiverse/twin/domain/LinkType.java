package org.citiverse.twin.domain;

/**
 * How a twin is linked to its physical object (FGMV-31): not linked, physical-to-virtual only
 * (the device reports), or both ways (the twin can also act on the device).
 */
public enum LinkType {
    NL,
    L1,
    L2
}
