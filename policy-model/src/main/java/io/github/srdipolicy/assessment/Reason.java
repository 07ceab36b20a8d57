package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A condition that settles a tier's outcome: one of the few lines of the trace worth reading first.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableReason.class)
@JsonDeserialize(as = ImmutableReason.class)
public abstract class Reason {
  /**
   * Returns the condition.
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
   * Returns the condition's outcome.
   *
   * @return the outcome, never null
   */
  public abstract Outcome outcome();

  /**
   * Returns the firm's value the condition saw.
   *
   * @return the value, empty if missing or not applicable, never null
   */
  public abstract Optional<Quantity> actual();

  /**
   * Returns the operator of a comparison.
   *
   * @return the operator, never null
   */
  public abstract Optional<Operator> operator();

  /**
   * Returns the bound of a comparison.
   *
   * @return the bound, never null
   */
  public abstract Optional<Quantity> required();

  /**
   * Returns the condition's clause.
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

  /**
   * Builds {@link Reason} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableReason.Builder {
    Builder() {}
  }
}
