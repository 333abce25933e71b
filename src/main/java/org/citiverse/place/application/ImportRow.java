package org.citiverse.place.application;

import java.util.List;

/**
 * One record of an import file as the interfaces read it (CSV today).
 *
 * @param line    where it starts in the file (1 is the header), for the person fixing it
 * @param cells   its fields
 * @param problem why the record could not be read (a stray quote), or null
 */
public record ImportRow(long line, List<String> cells, String problem) {
}
