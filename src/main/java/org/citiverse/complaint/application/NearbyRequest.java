package org.citiverse.complaint.application;

/** A report near a place the public asked about, and how far from it (metres). */
public record NearbyRequest(RequestView request, double metres) {
}
