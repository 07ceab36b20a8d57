/**
 * Runnable examples, each with a header saying what it shows. Each example's {@code main} is run by
 * a test, so the examples cannot rot.
 */
package io.github.srdipolicy.examples;
