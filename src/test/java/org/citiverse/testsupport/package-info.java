/**
 * Test support: a real HTTP client for the servers the build starts, and their addresses.
 */
package org.citiverse.testsupport;
