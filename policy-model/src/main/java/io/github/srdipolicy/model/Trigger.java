package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The event that makes an {@link Incentive} due. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableTrigger.class)
@JsonDeserialize(as = ImmutableTrigger.class)
public abstract class Trigger {
  /**
   * Returns the kind of event.
   *
   * @return the kind, never null
   */
  public abstract TriggerKind kind();

  /**
   * Returns the tier whose recognition triggers it, for {@link TriggerKind#FIRST_RECOGNITION}.
   *
   * @return the tier id, never null
   */
  public abstract Optional<TierId> tier();

  /**
   * Returns the level of the institution recognised, for {@link
   * TriggerKind#INSTITUTION_RECOGNITION}.
   *
   * @return the level, never null
   */
  public abstract Optional<RecognitionLevel> level();

  /**
   * Returns a description of the event.
   *
   * @return the description, never null
   */
  public abstract LocalizedText description();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Trigger} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableTrigger.Builder {
    Builder() {}
  }
}
