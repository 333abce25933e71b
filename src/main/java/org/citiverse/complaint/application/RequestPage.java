package org.citiverse.complaint.application;

import java.util.List;

/** One page of requests and how many match in all. */
public record RequestPage(List<RequestView> requests, long total, int page, int pageSize) {
}
