/**
 * The department list for staff tools.
 */
package org.citiverse.organisation.interfaces.rest;
