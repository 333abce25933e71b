package org.citiverse.complaint.domain;

import java.util.List;

/**
 * The public list of service requests: one statement straight to {@link PublicRequest}s, for the
 * open API that third-party apps poll.
 */
public interface PublicRequests {

    /**
     * One page of the requests that match {@code query}, newest or oldest first. Only the public
     * filters apply (ids, categories, statuses, the filing window); a query with staff filters is
     * refused with {@link IllegalArgumentException}.
     */
    List<PublicRequest> find(RequestQuery query);
}
