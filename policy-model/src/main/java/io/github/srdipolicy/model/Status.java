package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A yes/no fact the firm must have (or must not have): "有效期内的高新技术企业" is {@code
 * high-tech-enterprise} required yes. The one way to test a {@link ValueKind#STATUS} indicator; a
 * comparison on such an indicator is an authoring error.
 *
 * <p>No value for the indicator leaves the condition undetermined. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatus.class)
@JsonDeserialize(as = ImmutableStatus.class)
@JsonTypeName("status")
public abstract non-sealed class Status implements Condition {
  Status() {}

  /**
   * Returns the yes/no indicator tested.
   *
   * @return the indicator id, an indicator of kind {@link ValueKind#STATUS}, never null
   */
  public abstract IndicatorId indicator();

  /**
   * Returns the value the indicator must have: true for "is", false for "is not".
   *
   * @return the required value
   */
  public abstract boolean required();

  /**
   * Returns the required value as a flag quantity, as profiles hold it.
   *
   * @return {@code Quantity.flag(required())}, never null
   */
  public Quantity requiredFlag() {
    return Quantity.flag(required());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Status}; {@code build()} checks that every required field is set. */
  public static final class Builder extends ImmutableStatus.Builder {
    Builder() {}
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitStatus(this);
  }

  @Override
  public String toString() {
    return id() + ": " + indicator() + " is " + (required() ? "yes" : "no");
  }
}
