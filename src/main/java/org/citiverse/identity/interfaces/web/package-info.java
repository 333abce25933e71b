/**
 * Faces backing beans of the citizen's own pages.
 */
package org.citiverse.identity.interfaces.web;
