package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The definition of a measurable fact about a firm, such as operating revenue of the prior year.
 *
 * <p>Conditions refer to indicators by {@link IndicatorId}; a profile supplies values for them. A
 * value is valid if its unit is {@link Unit#isCompatibleWith compatible} with {@link #unit()} and
 * its {@link Quantity#baseValue() base value} lies within {@link #minimum()} and {@link
 * #maximum()}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator {
  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  public abstract IndicatorId id();

  /**
   * Returns the name.
   *
   * @return the Chinese and English name, never null
   */
  public abstract LocalizedText name();

  /**
   * Returns the unit values are expected in (any compatible unit is accepted).
   *
   * @return the unit, never null
   */
  public abstract Unit unit();

  /**
   * Returns the kind of value.
   *
   * @return the kind of {@link #unit()}, never null
   */
  public ValueKind kind() {
    return unit().kind();
  }

  /**
   * Returns the measurement window.
   *
   * @return the window, never null
   */
  public abstract Window window();

  /**
   * Returns the smallest valid base value, if bounded below (0 for counts and amounts).
   *
   * @return the inclusive minimum in base units, never null
   */
  public abstract Optional<BigDecimal> minimum();

  /**
   * Returns the largest valid base value, if bounded above (1 for shares).
   *
   * @return the inclusive maximum in base units, never null
   */
  public abstract Optional<BigDecimal> maximum();

  /**
   * Returns how the indicator is defined, where the name is not enough.
   *
   * @return the definition, never null
   */
  public abstract Optional<LocalizedText> definition();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Indicator} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * Checks that a value fits this indicator.
   *
   * @param value the value, not null
   * @throws IllegalArgumentException naming the indicator and the value if the unit is wrong, the
   *     value not whole in a unit of whole numbers ({@link Quantity#requireWholeUnits()}) or out of
   *     range
   */
  public void validate(Quantity value) {
    Checks.notNull(value, "value");
    // Messages are built on failure only, and quote the value as given (2 FLAG, not '是').
    if (!value.unit().isCompatibleWith(unit())) {
      // The value's text too is built only here: validation runs for every value of every profile.
      throw Checks.invalid(
          field(), value.toGivenString(), "unit must be compatible with " + unit());
    }
    String notWhole = value.wholeUnitProblem();
    if (notWhole != null) {
      throw Checks.invalid(field(), value.toGivenString(), notWhole);
    }
    BigDecimal base = value.baseValue();
    if (minimum().isPresent() && base.compareTo(minimum().get()) < 0) {
      throw Checks.invalid(
          field(), value.toGivenString(), "must be at least " + bound(minimum().get()));
    }
    if (maximum().isPresent() && base.compareTo(maximum().get()) > 0) {
      throw Checks.invalid(
          field(), value.toGivenString(), "must be at most " + bound(maximum().get()));
    }
  }

  private String field() {
    return "value of indicator " + id();
  }

  /**
   * A bound in base units, in the form values are given: {@code 1 FLAG}, {@code 0 YUAN}, {@code 1
   * FRACTION}.
   */
  private String bound(BigDecimal base) {
    Unit u = unit().kind() == ValueKind.MONEY ? Unit.YUAN : baseUnit();
    String text = base.stripTrailingZeros().toPlainString() + " " + u;
    return u == unit()
        ? text
        : text
            + " ("
            + base.divide(unit().factor()).stripTrailingZeros().toPlainString()
            + " "
            + unit()
            + ")";
  }

  private Unit baseUnit() {
    return unit().kind() == ValueKind.RATIO ? Unit.FRACTION : unit();
  }

  @Value.Check
  void check() {
    if (minimum().isPresent() && maximum().isPresent()) {
      // An if, not a message lambda: a lambda costs a class spun on a cold load (issue #11).
      if (minimum().get().compareTo(maximum().get()) > 0) {
        throw Checks.invalid(
            "maximum", maximum().get(), "must not be below minimum " + minimum().get());
      }
    }
  }

  @Override
  public String toString() {
    return id().toString();
  }
}
