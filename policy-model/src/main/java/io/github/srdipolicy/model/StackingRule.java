package io.github.srdipolicy.model;

/** How an incentive combines with others. */
public enum StackingRule {
  /**
   * Within its stacking group a firm receives one reward only, the one of the highest level it
   * reached (蛟河: "被重复认定的企业只享受一次高级别奖励").
   */
  HIGHEST_LEVEL_ONCE,
  /**
   * Paid in addition to rewards from higher levels of government for the same event (金湖: a
   * higher-level reward does not prevent the county's own).
   */
  CUMULATIVE_WITH_HIGHER_LEVELS,
  /** Paid independently of any other incentive. */
  INDEPENDENT,
  /** The document does not say. */
  NOT_STATED
}
