/**
 * The complaint services (transaction boundaries): filing and reading requests, staff changes,
 * requests raised by devices, the administrators' catalogue of categories and their questions,
 * Open311 API keys and the submission limits that protect them.
 */
package org.citiverse.complaint.application;
