package io.github.srdipolicy.model;

/** Whether a target counts new additions or a total. */
public enum TargetBasis {
  /** A running total (累计), or the level a stock or ratio must reach. */
  CUMULATIVE,
  /** Newly added within the time frame (新增). */
  NEW,
  /** The document does not say whether new or cumulative. */
  NOT_STATED
}
