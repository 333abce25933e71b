/**
 * Guest visits (one per household told of a ring) and their one-answer rule, the visitor's picture
 * and its checks, and each member's notification preferences.
 */
package org.citiverse.notification.domain;
