package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rung of a gradient-cultivation ladder, such as the national little giant (专精特新"小巨人"企业) or
 * Jiaohe's seed enterprise pool. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTier.class)
@JsonDeserialize(as = ImmutableTier.class)
public abstract class Tier {
  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  public abstract TierId id();

  /**
   * Returns the name.
   *
   * @return the name, never null
   */
  public abstract LocalizedText name();

  /**
   * Returns the jurisdiction that recognises the tier.
   *
   * @return the jurisdiction code, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns the level of government that recognises it.
   *
   * @return the level, never null
   */
  public abstract JurisdictionLevel level();

  /**
   * Returns what the tier recognises.
   *
   * @return the subject, {@link TierSubject#ENTERPRISE} unless set
   */
  @Value.Default
  public TierSubject subject() {
    return TierSubject.ENTERPRISE;
  }

  /**
   * Returns tiers a firm must already hold to be recognised, where a document says so.
   *
   * @return the prerequisite tier ids, never null
   */
  public abstract List<TierId> prerequisites();

  /**
   * Returns how many years a recognition stays valid, where stated.
   *
   * @return the validity in years, never null
   */
  public abstract Optional<Integer> validityYears();

  /**
   * Returns who recognises the tier and how, in the encoders' words.
   *
   * @return the description, never null
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns where the tier is defined.
   *
   * @return the source reference, never null
   */
  public abstract SourceRef source();

  /**
   * Returns a note where the definition needed interpretation.
   *
   * @return the note, never null
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Tier} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableTier.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return id().toString();
  }
}
