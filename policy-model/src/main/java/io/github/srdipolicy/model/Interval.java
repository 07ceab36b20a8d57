package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A range of values with explicit inclusive or exclusive ends; a missing end is unbounded.
 *
 * <p>Used for the bands of {@link Banded} conditions and {@link ScoreItem score items}, e.g.
 * "5000万元(含)—1亿元(不含)" is {@code [5000万元, 1亿元)}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInterval.class)
@JsonDeserialize(as = ImmutableInterval.class)
public abstract class Interval {
  /**
   * Returns the lower end.
   *
   * @return the lower end, empty if unbounded, never null
   */
  public abstract Optional<Quantity> lower();

  /**
   * Whether the lower end belongs to the interval.
   *
   * @return true if inclusive (the default)
   */
  @Value.Default
  public boolean lowerInclusive() {
    return true;
  }

  /**
   * Returns the upper end.
   *
   * @return the upper end, empty if unbounded, never null
   */
  public abstract Optional<Quantity> upper();

  /**
   * Whether the upper end belongs to the interval.
   *
   * @return true if inclusive; false (the default) for the usual half-open bands
   */
  @Value.Default
  public boolean upperInclusive() {
    return false;
  }

  /**
   * Creates {@code [lower, upper)}.
   *
   * @param lower the inclusive lower end, not null
   * @param upper the exclusive upper end, not null
   * @return the interval, never null
   */
  public static Interval closedOpen(Quantity lower, Quantity upper) {
    return builder().lower(lower).upper(upper).build();
  }

  /**
   * Creates {@code [lower, ∞)}.
   *
   * @param lower the inclusive lower end, not null
   * @return the interval, never null
   */
  public static Interval atLeast(Quantity lower) {
    return builder().lower(lower).build();
  }

  /**
   * Creates {@code (-∞, upper)}.
   *
   * @param upper the exclusive upper end, not null
   * @return the interval, never null
   */
  public static Interval lessThan(Quantity upper) {
    return builder().upper(upper).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Interval} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableInterval.Builder {
    Builder() {}
  }

  /**
   * Tells whether a value lies in the interval.
   *
   * @param value the value, compatible with the ends, not null
   * @return true if inside
   */
  public boolean contains(Quantity value) {
    if (lower().isPresent()) {
      int c = value.compareTo(lower().get());
      if (c < 0 || (c == 0 && !lowerInclusive())) {
        return false;
      }
    }
    if (upper().isPresent()) {
      int c = value.compareTo(upper().get());
      return c < 0 || (c == 0 && upperInclusive());
    }
    return true;
  }

  @Value.Check
  void check() {
    if (lower().isPresent() && upper().isPresent()) {
      Checks.check(
          lower().get().compareTo(upper().get()) < 0,
          "upper",
          upper().get(),
          "must be above lower " + lower().get());
    }
  }

  @Override
  public String toString() {
    return (lower().isPresent() ? (lowerInclusive() ? "[" : "(") + lower().get() : "(-∞")
        + ", "
        + (upper().isPresent() ? upper().get() + (upperInclusive() ? "]" : ")") : "∞)");
  }
}
