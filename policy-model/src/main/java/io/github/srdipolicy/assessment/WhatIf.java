package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.TierId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The same assessment with some inputs changed ("if R&amp;D were 6%"): the changes made, the
 * assessment after them, and each tier whose standing or line changed. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWhatIf.class)
@JsonDeserialize(as = ImmutableWhatIf.class)
public abstract class WhatIf {
  /** A tier whose answer changed. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableChange.class)
  @JsonDeserialize(as = ImmutableChange.class)
  public abstract static class Change {
    /**
     * Returns the tier.
     *
     * @return the tier id, never null
     */
    public abstract TierId tier();

    /**
     * Returns the standing before.
     *
     * @return the standing, never null
     */
    public abstract Standing before();

    /**
     * Returns the standing after.
     *
     * @return the standing, never null
     */
    public abstract Standing after();

    /**
     * Returns the line before.
     *
     * @return the summary, never null
     */
    public abstract LocalizedText beforeSummary();

    /**
     * Returns the line after.
     *
     * @return the summary, never null
     */
    public abstract LocalizedText afterSummary();

    /**
     * Returns a builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds {@link Change} values: set the attributes, then {@code build()} checks and returns
     * one.
     */
    public static final class Builder extends ImmutableChange.Builder {
      Builder() {}
    }
  }

  /**
   * Returns the changes applied, in order.
   *
   * @return the changes, never null
   */
  public abstract List<Answer> changes();

  /**
   * Returns the assessment before the changes.
   *
   * @return the assessment, never null
   */
  public abstract Assessment before();

  /**
   * Returns the assessment with the changes.
   *
   * @return the assessment, never null
   */
  public abstract Assessment after();

  /**
   * Returns the tiers whose standing or summary line changed, in ladder order.
   *
   * @return the changed tiers, never null
   */
  public abstract List<Change> changed();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link WhatIf} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableWhatIf.Builder {
    Builder() {}
  }
}
