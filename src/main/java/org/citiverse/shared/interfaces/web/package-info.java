/**
 * The portal shell: language choice, form error summary, sign-out and security headers.
 */
package org.citiverse.shared.interfaces.web;
