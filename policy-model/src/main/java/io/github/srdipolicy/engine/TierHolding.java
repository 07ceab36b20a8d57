package io.github.srdipolicy.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A recognition a firm holds: a tier and the date it was recognised. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableTierHolding.class)
@JsonDeserialize(as = ImmutableTierHolding.class)
public abstract class TierHolding {
  /**
   * Returns the tier.
   *
   * @return the tier id, never null
   */
  public abstract TierId tier();

  /**
   * Returns the date of recognition.
   *
   * @return the date, never null
   */
  public abstract LocalDate recognised();

  /**
   * Returns the first day the recognition no longer holds, if it expired or was revoked.
   *
   * @return the exclusive end, never null
   */
  public abstract Optional<LocalDate> expires();

  /**
   * Creates a holding.
   *
   * @param tier the tier id text, not null
   * @param recognised the date of recognition, not null
   * @return the holding, never null
   */
  public static TierHolding of(String tier, LocalDate recognised) {
    Checks.notNull(tier, "tier");
    Checks.notNull(recognised, "recognised");
    return builder().tier(TierId.of(tier)).recognised(recognised).build();
  }

  /**
   * Returns a builder, for a holding with an end date.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TierHolding} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableTierHolding.Builder {
    Builder() {}
  }

  /**
   * Tells whether the recognition holds on a date by its own dates only; the title's validity
   * period set by its tier is applied by {@link EligibilityEvaluator#holds(TierHolding,
   * LocalDate)}.
   *
   * @param date the date, not null
   * @return true if recognised on or before the date and not expired
   */
  public boolean holdsOn(LocalDate date) {
    return !recognised().isAfter(date) && expires().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    expires()
        .ifPresent(
            e ->
                Checks.check(
                    e.isAfter(recognised()),
                    "expires",
                    e,
                    () -> "must be after the recognition date " + recognised() + " of " + tier()));
  }
}
