package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A benefit a document grants: a one-off reward on first recognition, a capped subsidy, an
 * allowance over years, a priority service. Amounts are exact money; where the document gives no
 * amount, {@link #amount()} and {@link #cap()} are empty and {@link #note()} says so. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncentive.class)
@JsonDeserialize(as = ImmutableIncentive.class)
public abstract non-sealed class Incentive implements Fact {
  /** Only the generated implementation extends this type. */
  Incentive() {}

  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  @Override
  public abstract FactId id();

  /**
   * Returns the label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public abstract IncentiveKind kind();

  /**
   * Returns the fixed amount, for rewards of a stated sum.
   *
   * @return the money amount, never null
   */
  public abstract Optional<Quantity> amount();

  /**
   * Returns the cap, for subsidies of "不超过" a sum.
   *
   * @return the money cap, never null
   */
  public abstract Optional<Quantity> cap();

  /**
   * Returns over how many years the benefit is paid, for allowances.
   *
   * @return the number of years, never null
   */
  public abstract Optional<Integer> years();

  /**
   * Returns the triggering event.
   *
   * @return the trigger, never null
   */
  public abstract Trigger trigger();

  /**
   * Returns the jurisdiction that pays.
   *
   * @return the jurisdiction code, never null
   */
  public abstract JurisdictionCode fundingJurisdiction();

  /**
   * Returns how the incentive combines with others.
   *
   * @return the stacking rule, never null
   */
  public abstract Stacking stacking();

  /**
   * Returns the units responsible for it.
   *
   * @return the responsible units, never null
   */
  public abstract List<LocalizedText> responsibleUnits();

  /**
   * Returns the clause it comes from.
   *
   * @return the source reference, never null
   */
  public abstract SourceRef source();

  /**
   * Returns an interpretation note, or what the document leaves unstated.
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
   * Builds {@link Incentive} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableIncentive.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Ifs rather than ifPresent lambdas: each lambda costs a class spun at run time on a cold
    // catalogue load (issue #11).
    if (amount().isPresent()) {
      Quantity a = amount().get();
      Checks.check(
          a.kind() == ValueKind.MONEY && a.amount().signum() > 0,
          "amount",
          a,
          "must be a positive amount of money");
    }
    if (cap().isPresent()) {
      Quantity a = cap().get();
      Checks.check(
          a.kind() == ValueKind.MONEY && a.amount().signum() > 0,
          "cap",
          a,
          "must be a positive amount of money");
    }
    if (years().isPresent()) {
      Checks.check(years().get() > 0, "years", years().get(), "must be positive");
    }
  }
}
