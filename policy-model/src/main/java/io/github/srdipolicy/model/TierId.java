package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.srdipolicy.internal.Checks;

/**
 * The stable id of a tier, such as {@code cn.little-giant}: the issuing jurisdiction's short
 * prefix, then the tier.
 *
 * <p>Example: {@code cn.little-giant}. Immutable and thread-safe; {@code of(id.toString())} returns
 * an equal id.
 */
public final class TierId extends AbstractId {
  private TierId(String value) {
    super(value);
  }

  /**
   * Parses an id.
   *
   * @param id the id text, not null
   * @return the id, never null
   * @throws IllegalArgumentException if the text is not a valid tierId
   */
  @JsonCreator
  public static TierId of(String id) {
    return new TierId(Checks.slug(id, "tierId"));
  }
}
