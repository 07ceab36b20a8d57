package io.github.srdipolicy.model;

/**
 * The time frame of a target, which also says whether it is a level or a flow: a level (a stock, a
 * share, a coverage) is reached by a deadline; a flow (firms added, money lent) is counted per year
 * or summed over a period, and only a flow has a per-year figure.
 */
public enum TargetCadence {
  /** A level reached by the deadline (到2025年底), or an amount added by then if the basis is NEW. */
  BY_DEADLINE,
  /** A flow each year of the period (每年), or a yearly share. */
  PER_YEAR,
  /**
   * A flow summed over the whole period (e.g. the 14th Five-Year Plan, "三年行动期间"); never a share or
   * a running total, which are levels ({@link #BY_DEADLINE}).
   */
  OVER_PERIOD
}
