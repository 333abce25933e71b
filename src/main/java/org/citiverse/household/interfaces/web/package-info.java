/**
 * The "My home" pages: create a household, invite, answer an invitation, remove, leave.
 */
package org.citiverse.household.interfaces.web;
