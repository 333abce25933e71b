/**
 * What callers do with twins, always as someone: every read, search result and change is checked
 * against that caller's grants (REQ-DT-05).
 */
package org.citiverse.twin.application;
