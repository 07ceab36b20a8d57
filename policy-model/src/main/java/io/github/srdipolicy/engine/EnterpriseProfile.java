package io.github.srdipolicy.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known about a firm: where it is registered, indicator values with units, the tiers it
 * holds with their recognition dates, and declarations for qualitative conditions.
 *
 * <p>Any value may be missing; a missing value makes the conditions that need it undetermined,
 * never passed or failed. Invalid values are rejected by the evaluator with an exception naming the
 * indicator and the value. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnterpriseProfile.class)
@JsonDeserialize(as = ImmutableEnterpriseProfile.class)
public abstract class EnterpriseProfile {
  /**
   * Returns a name for reports.
   *
   * @return the name, never null
   */
  public abstract Optional<String> name();

  /**
   * Returns where the firm is registered.
   *
   * @return the jurisdiction code, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns the date the figures refer to and on which held tiers are checked.
   *
   * @return the date, never null
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the indicator values.
   *
   * @return values by indicator id, never null
   */
  public abstract Map<IndicatorId, Quantity> values();

  /**
   * Returns the tiers the firm holds or held, with their recognition dates.
   *
   * @return the holdings, never null
   */
  public abstract List<TierHolding> tiers();

  /**
   * Whether {@link #tiers()} lists every recognition the firm holds; if false, a tier not listed is
   * unknown rather than not held.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean tiersComplete() {
    return true;
  }

  /**
   * Returns whether the firm applies for a title for the first time or to keep one it holds; the
   * catalogue picks the criteria by tier, kind and date.
   *
   * @return the kind, {@link ApplicationKind#NEW} unless set
   */
  @Value.Default
  public ApplicationKind applicationKind() {
    return ApplicationKind.NEW;
  }

  /**
   * Returns declarations for qualitative conditions, by declaration key.
   *
   * @return true (met) or false (not met) by key, never null
   */
  public abstract Map<String, Boolean> declarations();

  /**
   * Returns the value of an indicator.
   *
   * @param id the indicator id, not null
   * @return the value, empty if missing, never null
   */
  public Optional<Quantity> value(IndicatorId id) {
    return Optional.ofNullable(values().get(id));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link EnterpriseProfile} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableEnterpriseProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    declarations().keySet().forEach(k -> Checks.slug(k, "declarations"));
  }
}
