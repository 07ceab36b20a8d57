package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * At least one child must hold (Kleene disjunction): the either-or thresholds and the alternative
 * routes. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnyOf.class)
@JsonDeserialize(as = ImmutableAnyOf.class)
@JsonTypeName("anyOf")
public abstract non-sealed class AnyOf implements Condition {
  /** Only the generated implementation extends this type. */
  AnyOf() {}

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
   * Builds {@link AnyOf} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableAnyOf.Builder {
    Builder() {}
  }

  @Override
  public List<Condition> children() {
    return conditions();
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitAnyOf(this);
  }

  @Value.Check
  void check() {
    Checks.notEmpty(conditions(), "conditions of " + id());
  }
}
