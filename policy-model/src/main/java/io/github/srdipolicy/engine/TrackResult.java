package io.github.srdipolicy.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.TrackKind;
import java.util.List;
import org.immutables.value.Value;

/** The result of one track, with its trace, missing inputs and gaps. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableTrackResult.class)
@JsonDeserialize(as = ImmutableTrackResult.class)
public abstract class TrackResult {
  /**
   * Returns the track's id.
   *
   * @return the id, never null
   */
  public abstract FactId track();

  /**
   * Returns the track's kind.
   *
   * @return the kind, never null
   */
  public abstract TrackKind kind();

  /**
   * Returns the track's label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the outcome of the track's own conditions (without the common ones).
   *
   * @return the outcome, never null
   */
  public abstract Outcome outcome();

  /**
   * Returns the trace.
   *
   * @return the root of the trace, never null
   */
  public abstract ConditionResult trace();

  /**
   * Returns the inputs that would decide an undetermined track.
   *
   * @return the missing inputs, sorted, never null
   */
  public abstract List<InputRef> missingInputs();

  /**
   * Returns the failed requirements of a failed track.
   *
   * @return the gaps, never null
   */
  public abstract List<Gap> gaps();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TrackResult} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableTrackResult.Builder {
    Builder() {}
  }
}
