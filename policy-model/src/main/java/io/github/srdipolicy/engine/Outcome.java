package io.github.srdipolicy.engine;

/**
 * A three-valued result in Kleene's strong logic: {@link #UNDETERMINED} is "not known yet", so
 * {@code NOT_ELIGIBLE and UNDETERMINED} is {@code NOT_ELIGIBLE} and {@code ELIGIBLE or
 * UNDETERMINED} is {@code ELIGIBLE}.
 */
public enum Outcome {
  /** The conditions hold. */
  ELIGIBLE,
  /** At least one condition fails whatever the missing inputs are. */
  NOT_ELIGIBLE,
  /** Missing inputs decide it. */
  UNDETERMINED;

  /**
   * Kleene conjunction.
   *
   * @param other the other outcome, not null
   * @return the conjunction, never null
   */
  public Outcome and(Outcome other) {
    if (this == NOT_ELIGIBLE || other == NOT_ELIGIBLE) {
      return NOT_ELIGIBLE;
    }
    return this == UNDETERMINED || other == UNDETERMINED ? UNDETERMINED : ELIGIBLE;
  }

  /**
   * Kleene disjunction.
   *
   * @param other the other outcome, not null
   * @return the disjunction, never null
   */
  public Outcome or(Outcome other) {
    if (this == ELIGIBLE || other == ELIGIBLE) {
      return ELIGIBLE;
    }
    return this == UNDETERMINED || other == UNDETERMINED ? UNDETERMINED : NOT_ELIGIBLE;
  }

  /**
   * Kleene negation.
   *
   * @return the negation, never null
   */
  public Outcome not() {
    switch (this) {
      case ELIGIBLE:
        return NOT_ELIGIBLE;
      case NOT_ELIGIBLE:
        return ELIGIBLE;
      default:
        return UNDETERMINED;
    }
  }

  /**
   * Converts a decided boolean.
   *
   * @param value the value
   * @return {@link #ELIGIBLE} or {@link #NOT_ELIGIBLE}
   */
  public static Outcome of(boolean value) {
    return value ? ELIGIBLE : NOT_ELIGIBLE;
  }

  /**
   * Whether the outcome is decided.
   *
   * @return false only for {@link #UNDETERMINED}
   */
  public boolean isDecided() {
    return this != UNDETERMINED;
  }

  /**
   * Returns the mark used in text reports: ✓, ✗ or ?.
   *
   * @return the mark, never null
   */
  public String mark() {
    switch (this) {
      case ELIGIBLE:
        return "✓";
      case NOT_ELIGIBLE:
        return "✗";
      default:
        return "?";
    }
  }
}
