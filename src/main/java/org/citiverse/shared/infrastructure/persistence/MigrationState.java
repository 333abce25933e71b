package org.citiverse.shared.infrastructure.persistence;

/**
 * Where the schema stands, as readiness reports it.
 *
 * @param status  PENDING until the first attempt, then MIGRATED or FAILED
 * @param version the schema version after the last successful run, or null
 * @param error   a one-line reason for the last failure, or null
 */
public record MigrationState(Status status, String version, String error) {

    /** The stages a schema migration goes through. */
    public enum Status { PENDING, MIGRATED, FAILED }

    static MigrationState pending() {
        return new MigrationState(Status.PENDING, null, null);
    }

    public boolean migrated() {
        return status == Status.MIGRATED;
    }
}
