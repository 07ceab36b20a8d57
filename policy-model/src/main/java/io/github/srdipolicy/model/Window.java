package io.github.srdipolicy.model;

/** The period over which an indicator is measured. */
public enum Window {
  /** The value as of the evaluation date (a status, a count held, a rank). */
  CURRENT,
  /** The prior (last completed) financial year. */
  PRIOR_YEAR,
  /** The average of the last two years. */
  AVERAGE_LAST_2_YEARS,
  /** The smallest of the last two yearly values: "each of the last two years" as one bound. */
  EACH_OF_LAST_2_YEARS,
  /** The sum over the last two years. */
  SUM_LAST_2_YEARS,
  /** The average of the last three years. */
  AVERAGE_LAST_3_YEARS,
  /** Accumulated within the last three years. */
  WITHIN_LAST_3_YEARS,
  /**
   * Accumulated within the last five years (e.g. a national S&amp;T award under 国科发政〔2017〕115号).
   */
  WITHIN_LAST_5_YEARS,
  /** Accumulated to date (e.g. patents held, years in a market). */
  CUMULATIVE
}
