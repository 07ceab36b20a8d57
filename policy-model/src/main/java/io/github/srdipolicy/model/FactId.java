package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.srdipolicy.internal.Checks;

/**
 * The stable id of an encoded fact (criteria, condition, incentive, target, measure, provision or
 * pool member), unique within the catalogue.
 *
 * <p>Example: {@code jiaohe.reward.first-recognition.national}. Immutable and thread-safe; {@code
 * of(id.toString())} returns an equal id.
 */
public final class FactId extends AbstractId {
  private FactId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param id the id text, not null
   * @return the id, never null
   * @throws IllegalArgumentException if the text is not a valid factId
   */
  @JsonCreator
  public static FactId of(String id) {
    return new FactId(Checks.slug(id, "factId"));
  }
}
