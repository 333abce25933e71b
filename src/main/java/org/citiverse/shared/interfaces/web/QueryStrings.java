package org.citiverse.shared.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The query string of a GET search form's state: for paging links and exports that keep the search. */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** name=value pairs in the map's order, URL-encoded; empty values are left out. */
    public static String of(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
