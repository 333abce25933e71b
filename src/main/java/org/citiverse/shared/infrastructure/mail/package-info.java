/**
 * E-mail through the city's SMTP server, for every context that tells people something by mail.
 */
package org.citiverse.shared.infrastructure.mail;
