package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One band of a {@link Banded} condition: when the selecting indicator lies in {@link #range()},
 * {@link #then()} must hold; an empty {@code then} means the band imposes nothing further.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBand.class)
@JsonDeserialize(as = ImmutableBand.class)
public abstract class Band {
  /**
   * Returns the range of the selecting indicator.
   *
   * @return the range, never null
   */
  public abstract Interval range();

  /**
   * Returns the requirement in this band.
   *
   * @return the condition, empty if none applies, never null
   */
  public abstract Optional<Condition> then();

  /**
   * Creates a band with a requirement.
   *
   * @param range the range, not null
   * @param then the condition, not null
   * @return the band, never null
   */
  public static Band of(Interval range, Condition then) {
    return ImmutableBand.builder().range(range).then(then).build();
  }

  /**
   * Creates a band that imposes nothing.
   *
   * @param range the range, not null
   * @return the band, never null
   */
  public static Band free(Interval range) {
    return ImmutableBand.builder().range(range).build();
  }
}
