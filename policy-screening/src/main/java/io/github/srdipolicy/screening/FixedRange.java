package io.github.srdipolicy.screening;

import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Operator;

/**
 * An {@link Interval} or a comparison in fixed-point form, normalised to inclusive bounds {@code
 * [lo, hi]}: fixed-point values are integers, so {@code > b} is {@code >= b + 1} and {@code < b} is
 * {@code <= b - 1}, and an open end is one step beyond {@link Fixed#LIMIT}. Membership is then one
 * expression without branches and without a switch on the operator: {@code ((v - lo) | (hi - v))}
 * is negative exactly when {@code v} lies outside (values and bounds stay within 2^53 + 1 in
 * magnitude, so the differences cannot overflow).
 */
final class FixedRange {
  /** Below every representable value. */
  static final long BELOW = -Fixed.LIMIT - 1;

  /** Above every representable value. */
  static final long ABOVE = Fixed.LIMIT + 1;

  final long lo;
  final long hi;

  private FixedRange(long lo, long hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /**
   * Converts an interval whose ends must be representable.
   *
   * @param range the interval
   * @param where the condition, named in the message if an end is too precise
   */
  static FixedRange of(Interval range, Object where) {
    long lo =
        range
            .lower()
            .map(q -> Fixed.exact(q, where))
            .map(v -> range.lowerInclusive() ? v : v + 1)
            .orElse(BELOW);
    long hi =
        range
            .upper()
            .map(q -> Fixed.exact(q, where))
            .map(v -> range.upperInclusive() ? v : v - 1)
            .orElse(ABOVE);
    return new FixedRange(lo, hi);
  }

  /**
   * The inclusive range {@code [lo, hi]} of fixed-point values ({@link #BELOW} / {@link #ABOVE}:
   * open).
   */
  static FixedRange of(long lo, long hi) {
    return new FixedRange(lo, hi);
  }

  /** The values that satisfy {@code value op bound}. */
  static FixedRange of(Operator op, long bound) {
    switch (op) {
      case AT_LEAST:
        return new FixedRange(bound, ABOVE);
      case GREATER_THAN:
        return new FixedRange(bound + 1, ABOVE);
      case AT_MOST:
        return new FixedRange(BELOW, bound);
      case LESS_THAN:
        return new FixedRange(BELOW, bound - 1);
      default:
        return new FixedRange(bound, bound);
    }
  }

  /** 1 if the fixed-point value lies in the range, else 0. */
  long contains(long v) {
    return ~((v - lo) | (hi - v)) >>> 63;
  }

  @Override
  public String toString() {
    return "[" + lo + ", " + hi + "]";
  }
}
