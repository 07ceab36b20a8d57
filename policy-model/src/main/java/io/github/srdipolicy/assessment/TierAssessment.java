package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a firm stands on one tier: one standing, the line that says why, the decisive reasons, the
 * missing inputs, the shortfalls with their distance and the rewards recognition would bring. When
 * several criteria for the tier are in force, one is evaluated and the others are listed in {@link
 * #alsoInForce()}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableTierAssessment.class)
@JsonDeserialize(as = ImmutableTierAssessment.class)
public abstract class TierAssessment {
  /**
   * Returns the tier.
   *
   * @return the tier id, never null
   */
  public abstract TierId tier();

  /**
   * Returns the tier's name.
   *
   * @return the name, never null
   */
  public abstract LocalizedText name();

  /**
   * Returns the level of government that recognises the tier.
   *
   * @return the level, never null
   */
  public abstract JurisdictionLevel level();

  /**
   * Returns the jurisdiction that recognises the tier.
   *
   * @return the code, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns the one answer for this tier.
   *
   * @return the standing, never null
   */
  public abstract Standing standing();

  /**
   * Returns the outcome of the criteria evaluated (also for a held tier).
   *
   * @return the outcome, empty without criteria in force, never null
   */
  public abstract Optional<Outcome> outcome();

  /**
   * Returns the date the held tier was recognised.
   *
   * @return the date, empty unless held, never null
   */
  public abstract Optional<LocalDate> recognised();

  /**
   * Returns the criteria evaluated.
   *
   * @return the criteria id, empty without criteria in force, never null
   */
  public abstract Optional<FactId> criteria();

  /**
   * Returns the document the evaluated criteria come from.
   *
   * @return the document number, never null
   */
  public abstract Optional<DocumentId> document();

  /**
   * Returns other criteria for the tier in force on the date, not evaluated here (see {@link
   * Assessor#trace} for all of them).
   *
   * @return the criteria ids, never null
   */
  public abstract List<FactId> alsoInForce();

  /**
   * Returns why, in one line: the first shortfall, the inputs missing, the track met.
   *
   * @return the line, never null
   */
  public abstract LocalizedText summary();

  /**
   * Returns the few conditions that settle the outcome: for a tier met, the common part and the
   * track met. A tier not reached has its reasons in {@link #shortfalls()}, with their distance; an
   * undetermined one in {@link #missingInputs()}, asked by the questions.
   *
   * @return the reasons, at most three, never null
   */
  public abstract List<Reason> reasons();

  /**
   * Returns the inputs that would decide an undetermined tier.
   *
   * @return the inputs, sorted, never null
   */
  public abstract List<InputRef> missingInputs();

  /**
   * Returns what falls short, for a tier not reached: the failed common conditions and those of the
   * nearest track.
   *
   * @return the shortfalls, never null
   */
  public abstract List<Shortfall> shortfalls();

  /**
   * Returns the rewards recognition at this tier on the assessment date would bring under the
   * stacking rules (for a held tier, those its recognition brought), due and withheld.
   *
   * @return the rewards, never null
   */
  public abstract List<RewardDue> rewards();

  /**
   * Whether the evaluated conditions rest on secondary sources (see the trace's {@code
   * unverifiedSources}).
   *
   * @return true if any does
   */
  public abstract boolean restsOnSecondarySources();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TierAssessment} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableTierAssessment.Builder {
    Builder() {}
  }
}
