package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One indicator compared with a bound: "主营业务收入5000万元以上(含)" is {@code main-business-revenue AT_LEAST
 * 5000 万元}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComparison.class)
@JsonDeserialize(as = ImmutableComparison.class)
@JsonTypeName("comparison")
public abstract non-sealed class Comparison implements Condition {
  /** Only the generated implementation extends this type. */
  Comparison() {}

  /**
   * Returns the indicator compared.
   *
   * @return the indicator id, never null
   */
  public abstract IndicatorId indicator();

  /**
   * Returns the operator, which says whether the bound is inclusive.
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
   * Builds {@link Comparison} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableComparison.Builder {
    Builder() {}
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitComparison(this);
  }

  @Override
  public String toString() {
    return id() + ": " + indicator() + " " + operator().symbol() + " " + threshold();
  }
}
