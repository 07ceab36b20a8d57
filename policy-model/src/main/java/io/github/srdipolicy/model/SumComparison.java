package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * The sum of several indicators of one unit compared with one bound: "5项及以上实用新型专利、 外观设计专利、软件著作权" is
 * {@code utility-model-patents + design-patents + software-copyrights AT_LEAST 5}. The sum is
 * undetermined while any summand is missing, unless the known summands already satisfy a lower
 * bound. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSumComparison.class)
@JsonDeserialize(as = ImmutableSumComparison.class)
@JsonTypeName("sum")
public abstract non-sealed class SumComparison implements Condition {
  /** Only the generated implementation extends this type. */
  SumComparison() {}

  /**
   * Returns the indicators summed.
   *
   * @return at least two indicator ids, never null
   */
  public abstract List<IndicatorId> indicators();

  /**
   * Returns the operator.
   *
   * @return the operator, never null
   */
  public abstract Operator operator();

  /**
   * Returns the bound.
   *
   * @return the bound, never null
   */
  public abstract Quantity threshold();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link SumComparison} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableSumComparison.Builder {
    Builder() {}
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitSum(this);
  }

  @Value.Check
  void check() {
    Checks.check(
        indicators().size() >= 2,
        "indicators",
        indicators(),
        "a sum needs at least two indicators");
    // A set, not a stream: stream shapes cost classes spun on a cold catalogue load (issue #11).
    Checks.check(
        new java.util.HashSet<>(indicators()).size() == indicators().size(),
        "indicators",
        indicators(),
        "must not repeat an indicator");
  }
}
