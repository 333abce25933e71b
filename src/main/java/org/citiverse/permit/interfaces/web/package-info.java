/**
 * The citizen's permit check in the portal: the journey one question a page
 * ({@link org.citiverse.permit.interfaces.web.PermitCheckPage}), the printable result and the same
 * as a PDF (both from one {@link org.citiverse.permit.interfaces.web.CheckDocument}), and
 * "My permit checks".
 */
package org.citiverse.permit.interfaces.web;
