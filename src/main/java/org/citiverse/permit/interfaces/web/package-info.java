/**
 * The citizen's permit check in the portal: the journey one question a page
 * ({@link org.citiverse.permit.interfaces.web.PermitCheckPage}), the printable result and the same
 * as a PDF (both from one {@link org.citiverse.permit.interfaces.web.CheckDocument}), and
 * "My permit checks".
 *
 * Faces backing beans of the permit context: the citizen's permit application (start it from a check,
 * documents, declaration, submission, answering the city) and "My permit applications"; the staff queue
 * of applications and one application's review (assign, ask for information, decide).
 *
 * The permit context's pages for city administrators (rule sets, the city model) and staff (check
 * statistics): thin view beans over the application services.
 */
package org.citiverse.permit.interfaces.web;
