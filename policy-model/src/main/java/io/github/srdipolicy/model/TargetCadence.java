package io.github.srdipolicy.model;

/** The time frame of a target. */
public enum TargetCadence {
  /** Reached by the deadline (到2025年底). */
  BY_DEADLINE,
  /** Each year of the period (每年). */
  PER_YEAR,
  /** Over the whole period (e.g. the 14th Five-Year Plan, "三年行动期间"). */
  OVER_PERIOD
}
