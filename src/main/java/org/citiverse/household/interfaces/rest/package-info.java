/**
 * The citizen's households for apps: read-only, members only.
 */
package org.citiverse.household.interfaces.rest;
