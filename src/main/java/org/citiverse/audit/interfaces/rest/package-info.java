/**
 * The audit search for staff tools: JSON and CSV.
 */
package org.citiverse.audit.interfaces.rest;
