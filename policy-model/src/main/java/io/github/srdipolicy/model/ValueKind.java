package io.github.srdipolicy.model;

/**
 * What kind of value an indicator holds; quantities are comparable only within one kind (and, for
 * {@link #COUNT}, only in the same unit, since counts of different things never mix).
 */
public enum ValueKind {
  /** An amount of money; stored in yuan. */
  MONEY,
  /** A ratio, stored as a fraction (0.03 for 3%). */
  RATIO,
  /** A count of one kind of thing (firms, patents, people, person-times, platforms, ...). */
  COUNT,
  /** A rank, 1 being the best; "前N位" is rank at most N. */
  RANK,
  /** A duration in years. */
  YEARS,
  /** A calendar year, such as a founding year. */
  CALENDAR_YEAR,
  /** A date, stored as its epoch day. */
  DATE,
  /** A yes/no status, stored as 1 or 0. */
  STATUS,
  /** A {@link RecognitionLevel}, stored as its rank. */
  LEVEL,
  /** A score in points. */
  SCORE
}
