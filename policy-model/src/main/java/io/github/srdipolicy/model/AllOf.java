package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * Every child must hold (Kleene conjunction: one failing child fails it, else one undetermined
 * child leaves it undetermined). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllOf.class)
@JsonDeserialize(as = ImmutableAllOf.class)
@JsonTypeName("allOf")
public abstract non-sealed class AllOf implements Condition {
  /** Only the generated implementation extends this type. */
  AllOf() {}

  /**
   * Returns the children, in the order of the source.
   *
   * @return at least one condition, never null
   */
  public abstract List<Condition> conditions();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AllOf} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableAllOf.Builder {
    Builder() {}
  }

  @Override
  public List<Condition> children() {
    return conditions();
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitAllOf(this);
  }

  @Value.Check
  void check() {
    Checks.notEmpty(conditions(), "conditions of " + id());
  }
}
