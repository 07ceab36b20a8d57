package io.github.srdipolicy.screening;

import io.github.srdipolicy.model.Interval;

/**
 * An {@link Interval} in fixed-point form, for the band and score nodes: membership is tested
 * without branches on the value, by the sign bits of differences (see {@link Nodes#test}).
 */
final class FixedRange {
  private final boolean hasLower;
  private final boolean hasUpper;
  private final io.github.srdipolicy.model.Operator lowerTest;
  private final io.github.srdipolicy.model.Operator upperTest;
  private final long lower;
  private final long upper;

  private FixedRange(Interval range, Object where) {
    hasLower = range.lower().isPresent();
    hasUpper = range.upper().isPresent();
    lower = hasLower ? Fixed.exact(range.lower().get(), where) : 0;
    upper = hasUpper ? Fixed.exact(range.upper().get(), where) : 0;
    lowerTest = range.lowerInclusive() ? io.github.srdipolicy.model.Operator.AT_LEAST
        : io.github.srdipolicy.model.Operator.GREATER_THAN;
    upperTest = range.upperInclusive() ? io.github.srdipolicy.model.Operator.AT_MOST
        : io.github.srdipolicy.model.Operator.LESS_THAN;
  }

  /**
   * Converts an interval whose ends must be representable.
   *
   * @param range the interval
   * @param where the condition, named in the message if an end is too precise
   */
  static FixedRange of(Interval range, Object where) {
    return new FixedRange(range, where);
  }

  /** 1 if the fixed-point value lies in the range, else 0. */
  long contains(long v) {
    return (hasLower ? Nodes.test(lowerTest, v, lower) : 1) & (hasUpper ? Nodes.test(upperTest, v, upper) : 1);
  }
}
