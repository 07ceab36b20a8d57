package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of the small wrapper types that stand for stable identifiers.
 *
 * <p>Each subtype has a static {@code of(String)} that parses the id and a {@link #toString()} that
 * returns it, so that {@code X.of(x.toString()).equals(x)}. Ids of different types are never equal
 * to each other. Immutable and thread-safe.
 */
public abstract class AbstractId implements Comparable<AbstractId> {
  private final String value;

  /**
   * Creates an id.
   *
   * @param value the validated id text, not null
   */
  protected AbstractId(String value) {
    this.value = Objects.requireNonNull(value, "id");
  }

  /**
   * Returns the id text.
   *
   * @return the id, never null
   */
  @JsonValue
  @Override
  public final String toString() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((AbstractId) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  @Override
  public final int compareTo(AbstractId other) {
    return value.compareTo(other.value);
  }
}
