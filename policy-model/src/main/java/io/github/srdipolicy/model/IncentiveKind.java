package io.github.srdipolicy.model;

/** The kind of benefit an incentive gives. */
public enum IncentiveKind {
  /** 一次性奖励: a one-off cash reward. */
  ONE_OFF_REWARD,
  /** 补助 with a cap: a subsidy of actual spending up to a cap. */
  CAPPED_SUBSIDY,
  /** 补贴 paid over several years (e.g. a graduate allowance for 5 years). */
  ALLOWANCE,
  /** 优先: priority in recommendations, projects or services. */
  PRIORITY_SERVICE,
  /** 费率优惠: a reduced fee or rate (e.g. guarantee fees). */
  FEE_DISCOUNT,
  /** Funding of activities (training, fairs) rather than payments to a firm. */
  FUNDED_SERVICE,
  /** A fast track or exemption in an administrative process. */
  FAST_TRACK,
  /** Support by reference to another document's policy. */
  POLICY_REFERENCE
}
