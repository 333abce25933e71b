package org.citiverse.complaint.interfaces.rest;

import jakarta.ws.rs.QueryParam;

/** The staff queue's filters as query parameters: the list and its CSV export take the same ones. */
public class QueueFilter {

    @QueryParam("status")
    String status;

    @QueryParam("category")
    String category;

    @QueryParam("department")
    String department;

    @QueryParam("overdue")
    boolean overdue;

    @QueryParam("source")
    String source;

    @QueryParam("assignee")
    String assignee;

    @QueryParam("priority")
    String priority;

    @QueryParam("area")
    String area;

    @QueryParam("order")
    String order;
}
