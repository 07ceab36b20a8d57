package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.srdipolicy.internal.Checks;

/**
 * The stable id of an indicator definition, such as {@code operating-revenue}.
 *
 * <p>Example: {@code operating-revenue}. Immutable and thread-safe; {@code of(id.toString())}
 * returns an equal id.
 */
public final class IndicatorId extends AbstractId {
  private IndicatorId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param id the id text, not null
   * @return the id, never null
   * @throws IllegalArgumentException if the text is not a valid indicatorId
   */
  @JsonCreator
  public static IndicatorId of(String id) {
    return new IndicatorId(Checks.slug(id, "indicatorId"));
  }
}
