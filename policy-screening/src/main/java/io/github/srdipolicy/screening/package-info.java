/**
 * Population screening: many firms against every criteria at once, without traces.
 *
 * <p>A {@link io.github.srdipolicy.screening.Screener} compiles criteria once: indicators become
 * column slots, values fixed-point {@code long}s, and each condition a node that evaluates 64 firms
 * at a time into two bit words ("can be true", "can be false"), so that Kleene conjunction and
 * disjunction are single bitwise operations. Comparisons and bands become inclusive fixed-point
 * ranges tested without branches, and nodes equal across criteria (the same indicator and bound, or
 * a whole subtree) are stored and evaluated once. Results are identical to the explained {@link
 * io.github.srdipolicy.engine.EligibilityEvaluator}; for a chosen firm the explained path gives the
 * trace. {@link io.github.srdipolicy.screening.JsonLinesScreening} streams JSON Lines with flat
 * memory; {@link io.github.srdipolicy.screening.PopulationGenerator} makes seeded synthetic
 * populations for tests and benchmarks.
 */
package io.github.srdipolicy.screening;
