package io.github.srdipolicy.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of an evaluation trace: the condition, the actual value it saw, the bound, the outcome,
 * the source and the interpretation note, with the results of its children. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConditionResult.class)
@JsonDeserialize(as = ImmutableConditionResult.class)
public abstract class ConditionResult {
  /**
   * Returns the condition's id.
   *
   * @return the id, never null
   */
  public abstract FactId condition();

  /**
   * Returns the condition's shape ({@code comparison}, {@code allOf}, ...).
   *
   * @return the shape name, never null
   */
  public abstract String shape();

  /**
   * Returns the condition's label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the outcome.
   *
   * @return the outcome, never null
   */
  public abstract Outcome outcome();

  /**
   * Returns the value compared (the indicator value, a sum, a band selector or a score).
   *
   * @return the actual value, empty if missing or not applicable, never null
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
   * @return the threshold, never null
   */
  public abstract Optional<Quantity> threshold();

  /**
   * Returns further detail, such as the band selected or the points per category.
   *
   * @return the detail, never null
   */
  public abstract Optional<String> detail();

  /**
   * Returns the condition's source.
   *
   * @return the source reference, never null
   */
  public abstract SourceRef source();

  /**
   * Returns the condition's interpretation note.
   *
   * @return the note, never null
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Returns the results of the children.
   *
   * @return the child results, never null
   */
  public abstract List<ConditionResult> children();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ConditionResult} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableConditionResult.Builder {
    Builder() {}
  }
}
