package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/** At least {@link #count()} of the children must hold. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableAtLeast.class)
@JsonDeserialize(as = ImmutableAtLeast.class)
@JsonTypeName("atLeast")
public abstract non-sealed class AtLeast implements Condition {
  /** Only the generated implementation extends this type. */
  AtLeast() {}

  /**
   * Returns how many children must hold.
   *
   * @return a count from 1 to the number of children
   */
  public abstract int count();

  /**
   * Returns the children.
   *
   * @return the conditions, never null
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
   * Builds {@link AtLeast} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableAtLeast.Builder {
    Builder() {}
  }

  @Override
  public List<Condition> children() {
    return conditions();
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitAtLeast(this);
  }

  @Value.Check
  void check() {
    Checks.check(
        count() >= 1 && count() <= conditions().size(),
        "count",
        count(),
        "must be from 1 to the number of conditions (" + conditions().size() + ")");
  }
}
