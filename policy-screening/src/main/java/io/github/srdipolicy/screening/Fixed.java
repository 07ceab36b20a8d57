package io.github.srdipolicy.screening;

import io.github.srdipolicy.model.Quantity;
import java.math.BigDecimal;

/** Fixed-point conversion of base values: six decimal places in a {@code long}. */
final class Fixed {
  static final int SCALE = 6;

  /** Values beyond this magnitude go to the exact path, so that sums of many cannot overflow. */
  static final long LIMIT = 1L << 53;

  /** The fixed-point form of 1: declarations and held tiers store true as the plain flag 1. */
  static final long ONE = 1;

  /** Marks a value that cannot be represented exactly. */
  static final long UNREPRESENTABLE = Long.MIN_VALUE;

  private Fixed() {}

  static long of(BigDecimal base) {
    try {
      long v = base.movePointRight(SCALE).longValueExact();
      return Math.abs(v) > LIMIT ? UNREPRESENTABLE : v;
    } catch (ArithmeticException e) {
      return UNREPRESENTABLE;
    }
  }

  static long of(Quantity q) {
    return of(q.baseValue());
  }

  /** For thresholds and bounds of the criteria, which must be representable. */
  static long exact(Quantity q, Object where) {
    long v = of(q);
    if (v == UNREPRESENTABLE) {
      throw new IllegalArgumentException(
          "Invalid bound of "
              + where
              + ": '"
              + q
              + "' (screening needs bounds with at most "
              + SCALE
              + " decimal places in base units)");
    }
    return v;
  }
}
