package io.github.srdipolicy.model;

/** How firmly a target is stated. */
public enum Commitment {
  /** A plain target. */
  FIRM,
  /** 力争 / 争创 / 争取: an aspiration ("strive for"). */
  ASPIRATIONAL
}
