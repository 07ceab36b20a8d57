package io.github.srdipolicy.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A failed requirement of a NOT_ELIGIBLE result: what was required, what the firm has, and where
 * the requirement comes from. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGap.class)
@JsonDeserialize(as = ImmutableGap.class)
public abstract class Gap {
  /**
   * Returns the failed condition.
   *
   * @return the condition id, never null
   */
  public abstract FactId condition();

  /**
   * Returns the condition's label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the input that falls short.
   *
   * @return the input, never null
   */
  public abstract InputRef input();

  /**
   * Returns what the firm has.
   *
   * @return the actual value, empty for declarations and tiers, never null
   */
  public abstract Optional<Quantity> actual();

  /**
   * Returns the operator required.
   *
   * @return the operator, never null
   */
  public abstract Optional<Operator> operator();

  /**
   * Returns the bound required.
   *
   * @return the threshold, never null
   */
  public abstract Optional<Quantity> required();

  /**
   * Returns the condition's source.
   *
   * @return the source reference, never null
   */
  public abstract SourceRef source();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Gap} values: set the attributes, then {@code build()} checks and returns one. */
  public static final class Builder extends ImmutableGap.Builder {
    Builder() {}
  }
}
