/**
 * Service requests, their categories (with the extra questions of each), updates, API keys of
 * third-party apps, and the rules they keep.
 */
package org.citiverse.complaint.domain;
