/**
 * The permit context's pages for city administrators (rule sets, the city model) and staff (check
 * statistics): thin view beans over the application services.
 */
package org.citiverse.permit.interfaces.web;
