/**
 * What citizens do with households, and the membership questions other contexts ask.
 */
package org.citiverse.household.application;
