/**
 * The admin pages for departments.
 */
package org.citiverse.organisation.interfaces.web;
