/**
 * The complaint context's pages: reporting a problem step by step, a citizen's own reports, the
 * public page of a report, the staff queue and request pages, and the administrators' pages for the
 * kinds of problem (new ones, settings, questions) and the prepared answers.
 */
package org.citiverse.complaint.interfaces.web;
