package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quantitative goal of a document: how many firms at a tier, a ratio, a number of platforms or
 * person-times, by a deadline or per year, firm or aspirational. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract non-sealed class Target implements Fact {
  /** Only the generated implementation extends this type. */
  Target() {}

  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  @Override
  public abstract FactId id();

  /**
   * Returns what is measured, in the encoders' words.
   *
   * @return the metric label, never null
   */
  public abstract LocalizedText metric();

  /**
   * Returns the tier counted, for targets of firms at a tier.
   *
   * @return the tier id, never null
   */
  public abstract Optional<TierId> tier();

  /**
   * Returns a metric key shared by comparable targets across documents (e.g. {@code
   * firms.little-giant}, {@code ratio.rnd-intensity}).
   *
   * @return the metric key, a lower-case slug, never null
   */
  public abstract String metricKey();

  /**
   * Returns how the value is to be read.
   *
   * @return the comparator, never null
   */
  public abstract TargetComparator comparator();

  /**
   * Returns the value (the lower end of a range).
   *
   * @return the value, never null
   */
  public abstract Quantity value();

  /**
   * Returns the upper end, for {@link TargetComparator#RANGE}.
   *
   * @return the upper value, never null
   */
  public abstract Optional<Quantity> upper();

  /**
   * Returns the time frame.
   *
   * @return the cadence, never null
   */
  public abstract TargetCadence cadence();

  /**
   * Returns the last day by which it is to be reached, for {@link TargetCadence#BY_DEADLINE}.
   *
   * @return the inclusive deadline, never null
   */
  public abstract Optional<LocalDate> deadline();

  /**
   * Returns the period, for {@link TargetCadence#PER_YEAR} and {@link TargetCadence#OVER_PERIOD}.
   *
   * @return the period, never null
   */
  public abstract Optional<DateRange> period();

  /**
   * Returns whether new additions or a total are counted.
   *
   * @return the basis, never null
   */
  public abstract TargetBasis basis();

  /**
   * Returns how firmly the target is stated.
   *
   * @return the commitment, never null
   */
  public abstract Commitment commitment();

  /**
   * Returns the jurisdiction whose firms or bodies are counted.
   *
   * @return the jurisdiction code, never null
   */
  public abstract JurisdictionCode scope();

  /**
   * Returns the units responsible.
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
   * Returns an interpretation note.
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
   * Builds {@link Target} values: set the attributes, then {@code build()} checks and returns one.
   */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.slug(metricKey(), "metricKey");
    Checks.check(
        (comparator() == TargetComparator.RANGE) == upper().isPresent(),
        "upper",
        upper(),
        "is required for RANGE targets and only for them");
    // An if, not lambdas: a lambda costs a class spun on a cold load (issue #11).
    if (upper().isPresent() && upper().get().compareTo(value()) <= 0) {
      throw Checks.invalid("upper", upper().get(), "must be above value " + value());
    }
    Checks.check(
        cadence() != TargetCadence.BY_DEADLINE || deadline().isPresent(),
        "deadline",
        deadline(),
        "is required for BY_DEADLINE targets");
    Checks.check(
        cadence() == TargetCadence.BY_DEADLINE || period().isPresent(),
        "period",
        period(),
        "is required for PER_YEAR and OVER_PERIOD targets");
    // A share or a running total is a level to reach, not an amount summed over a period: summed,
    // it would be split per year ("33.33%/yr").
    Checks.check(
        cadence() != TargetCadence.OVER_PERIOD || value().unit().kind() != ValueKind.RATIO,
        "cadence",
        cadence(),
        "cannot sum a ratio over a period: a share is a level, encode it BY_DEADLINE");
    Checks.check(
        cadence() != TargetCadence.OVER_PERIOD || basis() != TargetBasis.CUMULATIVE,
        "cadence",
        cadence(),
        "cannot sum a running total over a period: a cumulative total is a level, encode it BY_DEADLINE");
  }
}
