package org.citiverse.twin.application;

import java.util.List;

/** One page of a search and whether there are more. */
public record TwinPage(List<TwinView> twins, boolean hasMore) {
}
