package io.github.srdipolicy.model;

/** How a target's value is to be read. */
public enum TargetComparator {
  /** 以上 / 不低于 / 达到: at least the value (inclusive). */
  AT_LEAST,
  /** 超过: more than the value (exclusive). */
  MORE_THAN,
  /** Exactly the value (a plain count such as "确定种子企业20户"). */
  EXACTLY,
  /** 左右: about the value. */
  ABOUT,
  /** A range from the value to the upper value, both inclusive ("1—2家"). */
  RANGE,
  /** 以下 / 不高于: at most the value (inclusive). */
  AT_MOST
}
