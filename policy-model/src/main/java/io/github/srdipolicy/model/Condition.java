package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One condition of an eligibility criteria tree.
 *
 * <p>The shapes are: a {@link Comparison} of one indicator with a bound; a {@link Status} test of a
 * yes/no indicator; a {@link SumComparison} of several indicators' sum; the combinators {@link
 * AllOf}, {@link AnyOf} and {@link AtLeast}; a {@link Banded} condition whose requirement depends
 * on another indicator's band; a {@link HoldsTier} prerequisite; a {@link Qualitative} condition
 * that needs a declaration or a review; and a {@link Scorecard} of points by band. Date conditions
 * ("founded in 2014 or later") are comparisons on a {@link ValueKind#CALENDAR_YEAR} or {@link
 * ValueKind#DATE} indicator.
 *
 * <p>Every condition carries a stable id, a label written in the encoders' own words, its {@link
 * SourceRef} and an optional interpretation note. Immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Comparison.class, name = "comparison"),
  @JsonSubTypes.Type(value = Status.class, name = "status"),
  @JsonSubTypes.Type(value = SumComparison.class, name = "sum"),
  @JsonSubTypes.Type(value = AllOf.class, name = "allOf"),
  @JsonSubTypes.Type(value = AnyOf.class, name = "anyOf"),
  @JsonSubTypes.Type(value = AtLeast.class, name = "atLeast"),
  @JsonSubTypes.Type(value = Banded.class, name = "banded"),
  @JsonSubTypes.Type(value = HoldsTier.class, name = "holdsTier"),
  @JsonSubTypes.Type(value = Qualitative.class, name = "qualitative"),
  @JsonSubTypes.Type(value = Scorecard.class, name = "scorecard")
})
public sealed interface Condition extends Fact
    permits Comparison,
        Status,
        SumComparison,
        AllOf,
        AnyOf,
        AtLeast,
        Banded,
        HoldsTier,
        Qualitative,
        Scorecard {
  // The shapes are closed: a new shape is added here, to the JsonSubTypes above and to
  // ConditionVisitor.
  /**
   * Returns the stable id, unique within the catalogue.
   *
   * @return the id, never null
   */
  @Override
  FactId id();

  /**
   * Returns a short description of what the condition requires.
   *
   * @return the label, never null
   */
  LocalizedText label();

  /**
   * Returns the clause the condition is encoded from.
   *
   * @return the source reference, never null
   */
  SourceRef source();

  /**
   * Returns the interpretation note, where the source was ambiguous and one reading was chosen.
   *
   * @return the note, never null
   */
  Optional<LocalizedText> note();

  /**
   * Dispatches to the visitor method for this shape.
   *
   * @param visitor the visitor, not null
   * @param <R> the visitor's result type
   * @return the visitor's result
   */
  <R> R accept(ConditionVisitor<R> visitor);

  /**
   * Returns the conditions directly under this one: a combinator's children, or a banded
   * condition's per-band conditions in band order. This is the one tree walk of the library.
   *
   * @return the children, empty for a leaf, never null
   */
  default List<Condition> children() {
    return List.of();
  }

  /**
   * Returns this condition and every condition under it, depth first in source order.
   *
   * @return the tree, never null
   */
  default Stream<Condition> tree() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(Condition::tree));
  }
}
