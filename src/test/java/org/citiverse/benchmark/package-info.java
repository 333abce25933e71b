/**
 * Repeatable benchmarks run by hand against a running server; they print figures, they assert nothing.
 */
package org.citiverse.benchmark;
