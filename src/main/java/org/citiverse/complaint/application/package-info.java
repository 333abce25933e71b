/**
 * The complaint services (transaction boundaries): filing and reading requests, staff changes,
 * requests raised by devices, Open311 API keys and the submission limits that protect them.
 */
package org.citiverse.complaint.application;
