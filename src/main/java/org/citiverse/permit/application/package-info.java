/** Uploading, activating and evaluating rule sets (transactions, audit, compiled models cached per rule set). */
package org.citiverse.permit.application;
