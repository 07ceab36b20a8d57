/**
 * JMH benchmarks: population screening throughput, explained single-firm match latency,
 * catalogue load time and JSON report serialisation. Run with {@code benchmarks/run.sh}, which
 * writes {@code benchmarks/RESULTS.md}.
 */
package io.github.srdipolicy.benchmarks;
