package org.citiverse.place.application;

import java.util.List;

/**
 * What an import did.
 *
 * @param accepted      rows stored: new addresses and ones replacing the register's values
 * @param updated       of those, how many ids the register already had
 * @param rejectedCount rows left out
 * @param rejected      the first {@link AddressRegister#LISTED_REJECTIONS} of them, with why
 */
public record ImportResult(int accepted, int updated, int rejectedCount, List<Rejection> rejected) {

    /** A row left out: its line in the file and what is wrong with it. */
    public record Rejection(long line, String reason) {
    }
}
