package org.citiverse.permit.application;

import java.util.List;

/**
 * What a city-model import did.
 *
 * @param accepted      features stored: new ones and ones replacing the model's
 * @param updated       of those, how many ids the model already had
 * @param rejectedCount features left out
 * @param rejected      the first {@link CityModelImport#LISTED_REJECTIONS} of them, with why
 */
public record ImportReport(int accepted, int updated, int rejectedCount, List<Rejection> rejected) {

    /** A feature left out: its position in the file's features (from 0), its id if readable, and why. */
    public record Rejection(int index, String id, String reason) {
    }
}
