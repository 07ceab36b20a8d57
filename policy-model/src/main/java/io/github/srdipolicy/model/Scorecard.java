package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A points test: each {@link ScoreItem} gives points by band, summed per category and overall; the
 * condition holds when the total reaches {@link #minimumTotal()} and every category reaches its
 * minimum in {@link #categoryMinimums()}.
 *
 * <p>With missing values the evaluator bounds the score: it holds if even the lowest possible score
 * passes, fails if even the highest possible score fails, and is undetermined otherwise. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecard.class)
@JsonDeserialize(as = ImmutableScorecard.class)
@JsonTypeName("scorecard")
public abstract non-sealed class Scorecard implements Condition {
  /** Only the generated implementation extends this type. */
  Scorecard() {}

  /**
   * Returns the scored items.
   *
   * @return at least one item, never null
   */
  public abstract List<ScoreItem> items();

  /**
   * Returns the inclusive minimum total.
   *
   * @return the minimum total points, never null
   */
  public abstract BigDecimal minimumTotal();

  /**
   * Returns the inclusive minimum per category; categories not listed have none.
   *
   * @return the minimums by category key, never null
   */
  public abstract Map<String, BigDecimal> categoryMinimums();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Scorecard} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitScorecard(this);
  }

  @Value.Check
  void check() {
    Checks.notEmpty(items(), "items of " + id());
    for (String category : categoryMinimums().keySet()) {
      // A loop, not a stream: lambdas and streams cost classes spun on a cold load (issue #11).
      boolean counted = false;
      for (ScoreItem i : items()) {
        counted |= i.category().equals(category);
      }
      Checks.check(counted, "categoryMinimums", category, "no item counts towards this category");
    }
  }
}
