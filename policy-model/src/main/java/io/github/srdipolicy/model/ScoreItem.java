package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * One scored indicator of a {@link Scorecard}: points by the band the value falls in, counted
 * towards a category. A value in no band scores 0. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScoreItem.class)
@JsonDeserialize(as = ImmutableScoreItem.class)
public abstract class ScoreItem {
  /**
   * Returns the indicator scored.
   *
   * @return the indicator id, never null
   */
  public abstract IndicatorId indicator();

  /**
   * Returns the category the points count towards (e.g. {@code innovation}).
   *
   * @return the category key, never null
   */
  public abstract String category();

  /**
   * Returns the bands with their points.
   *
   * @return at least one band, never null
   */
  public abstract List<ScoreBand> bands();

  /**
   * Returns the highest points the item can give.
   *
   * @return the maximum, never null
   */
  public BigDecimal maxPoints() {
    return bands().stream().map(ScoreBand::points).reduce(BigDecimal.ZERO, BigDecimal::max);
  }

  /**
   * Returns the lowest points the item can give (0 if some value falls in no band).
   *
   * @return the minimum, never null
   */
  public BigDecimal minPoints() {
    return bands().stream().map(ScoreBand::points).reduce(BigDecimal.ZERO, BigDecimal::min);
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
   * Builds {@link ScoreItem} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableScoreItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notEmpty(bands(), "bands of score item " + indicator());
    Checks.slug(category(), "category");
  }
}
