/**
 * The complaint context's pages: reporting a problem step by step, a citizen's own reports, the
 * public page of a report, and the staff queue and request pages.
 */
package org.citiverse.complaint.interfaces.web;
