/**
 * The staff audit search page.
 */
package org.citiverse.audit.interfaces.web;
