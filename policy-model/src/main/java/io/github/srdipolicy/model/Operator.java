package io.github.srdipolicy.model;

/**
 * A comparison against a bound, with the inclusiveness made explicit.
 *
 * <p>Chinese threshold words map as DOMAIN.md states: 以上 / 不低于 / 达到 / (含) → {@link #AT_LEAST}; 超过 →
 * {@link #GREATER_THAN}; 以下 / 不高于 / 以内 → {@link #AT_MOST}; 不足 / 不满 / (不含) → {@link #LESS_THAN}; 前N位
 * → rank {@link #AT_MOST} N.
 */
public enum Operator {
  /** actual ≥ bound (inclusive lower bound). */
  AT_LEAST("≥"),
  /** actual &gt; bound (exclusive lower bound). */
  GREATER_THAN(">"),
  /** actual ≤ bound (inclusive upper bound). */
  AT_MOST("≤"),
  /** actual &lt; bound (exclusive upper bound). */
  LESS_THAN("<"),
  /** actual = bound. */
  EQUAL_TO("=");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the mathematical symbol.
   *
   * @return the symbol, never null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Applies the operator to the result of {@code actual.compareTo(bound)}.
   *
   * @param comparison the sign of actual − bound
   * @return whether the comparison holds
   */
  public boolean test(int comparison) {
    switch (this) {
      case AT_LEAST:
        return comparison >= 0;
      case GREATER_THAN:
        return comparison > 0;
      case AT_MOST:
        return comparison <= 0;
      case LESS_THAN:
        return comparison < 0;
      default:
        return comparison == 0;
    }
  }

  /**
   * Whether the bound itself satisfies the comparison.
   *
   * @return true for the inclusive operators
   */
  public boolean isInclusive() {
    return this == AT_LEAST || this == AT_MOST || this == EQUAL_TO;
  }

  /**
   * Whether raising the actual value can only help (a lower bound).
   *
   * @return true for {@link #AT_LEAST} and {@link #GREATER_THAN}
   */
  public boolean isLowerBound() {
    return this == AT_LEAST || this == GREATER_THAN;
  }
}
