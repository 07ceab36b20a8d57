package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** Points given when a value lies in a range. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableScoreBand.class)
@JsonDeserialize(as = ImmutableScoreBand.class)
public abstract class ScoreBand {
  /**
   * Returns the range.
   *
   * @return the range, never null
   */
  public abstract Interval range();

  /**
   * Returns the points.
   *
   * @return the non-negative points, never null
   */
  public abstract BigDecimal points();

  /**
   * Creates a band.
   *
   * @param range the range, not null
   * @param points the points as decimal text, not negative
   * @return the band, never null
   */
  public static ScoreBand of(Interval range, String points) {
    return ImmutableScoreBand.builder().range(range).points(new BigDecimal(points)).build();
  }

  @Value.Check
  void check() {
    Checks.check(points().signum() >= 0, "points", points(), "must not be negative");
  }
}
