package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One alternative set of conditions for a tier, such as the 制造类 track; a firm qualifies through any
 * one track (plus the common conditions). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrack.class)
@JsonDeserialize(as = ImmutableTrack.class)
public abstract non-sealed class Track implements Fact {
  /** Only the generated implementation extends this type. */
  Track() {}

  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  @Override
  public abstract FactId id();

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public abstract TrackKind kind();

  /**
   * Returns the label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the conditions of the track, usually an {@link AllOf}.
   *
   * @return the condition tree, never null
   */
  public abstract Condition condition();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Track} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableTrack.Builder {
    Builder() {}
  }
}
