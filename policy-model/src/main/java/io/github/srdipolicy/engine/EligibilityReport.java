package io.github.srdipolicy.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The explained result of evaluating one firm against one set of criteria.
 *
 * <p>The tier is reached ({@link Outcome#ELIGIBLE}) when the common conditions hold and at least
 * one track holds. For an undetermined result {@link #missingInputs()} lists the inputs that, once
 * all supplied, decide it; for a failed one {@link #gaps()} lists what falls short. {@link
 * #unverifiedSources()} lists the secondary-source facts the result relied on: verify those against
 * the official text. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEligibilityReport.class)
@JsonDeserialize(as = ImmutableEligibilityReport.class)
public abstract class EligibilityReport {
  /**
   * Returns the criteria evaluated.
   *
   * @return the criteria id, never null
   */
  public abstract FactId criteria();

  /**
   * Returns the tier the criteria lead to.
   *
   * @return the tier id, never null
   */
  public abstract TierId tier();

  /**
   * Returns the criteria's label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the date tier holdings were checked on, if one was given.
   *
   * @return the date, never null
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the application kind the firm was judged under (the profile's).
   *
   * @return the kind, {@link ApplicationKind#NEW} unless set, never null
   */
  @Value.Default
  public ApplicationKind applicationKind() {
    return ApplicationKind.NEW;
  }

  /**
   * Returns the overall outcome.
   *
   * @return the outcome, never null
   */
  public abstract Outcome outcome();

  /**
   * Returns the trace of the common conditions.
   *
   * @return the trace, empty if the criteria have none, never null
   */
  public abstract Optional<ConditionResult> common();

  /**
   * Returns the result of each track.
   *
   * @return the track results, in the criteria's order, never null
   */
  public abstract List<TrackResult> tracks();

  /**
   * Returns the inputs that would decide an undetermined result.
   *
   * @return the missing inputs, sorted, never null
   */
  public abstract List<InputRef> missingInputs();

  /**
   * Returns the failed requirements of a failed result.
   *
   * @return the gaps, never null
   */
  public abstract List<Gap> gaps();

  /**
   * Returns the criteria's caveats.
   *
   * @return the caveats, never null
   */
  public abstract List<LocalizedText> caveats();

  /**
   * Returns the sources of secondary confidence that the evaluated conditions rest on.
   *
   * @return the references, never null
   */
  public abstract List<SourceRef> unverifiedSources();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link EligibilityReport} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableEligibilityReport.Builder {
    Builder() {}
  }
}
