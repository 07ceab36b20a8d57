package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A requirement the firm falls short of, with the distance to it: "R&amp;D intensity 4.2% → needs ≥
 * 6% (1.8% short)", "2 patents short", or a tier it must hold first. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableShortfall.class)
@JsonDeserialize(as = ImmutableShortfall.class)
public abstract class Shortfall {
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
   * @return the value, empty for declarations and tiers, never null
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
   * @return the bound, never null
   */
  public abstract Optional<Quantity> required();

  /**
   * Returns how far the firm is from the bound, in the bound's unit: how much must be added to a
   * lower bound, or removed to get under an upper bound (for an exclusive bound, the distance to
   * the bound itself, which must then be passed).
   *
   * @return the distance, empty when not numeric, never null
   */
  public abstract Optional<Quantity> distance();

  /**
   * Returns the shortfall in one line, such as "研发经费支出占营业收入比重 4.2% → 需 ≥ 6%（差 1.8%）".
   *
   * @return the text, never null
   */
  public abstract LocalizedText text();

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
   * Builds {@link Shortfall} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableShortfall.Builder {
    Builder() {}
  }
}
