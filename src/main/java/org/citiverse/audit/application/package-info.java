/**
 * The audit log as other contexts and the staff screens use it: record and search.
 */
package org.citiverse.audit.application;
