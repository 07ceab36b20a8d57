package io.github.srdipolicy.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An exact amount in a {@link Unit}: money in 万元, a ratio in percent, a count of patents.
 *
 * <p>The amount is kept as written (5000 万元 stays 5000 万元 for labels) and compared through {@link
 * #baseValue()}, in yuan for money and as a fraction for ratios. No binary floating point is
 * involved. Two quantities compare only if their units are {@link Unit#isCompatibleWith
 * compatible}. Immutable and thread-safe.
 *
 * <p>Amounts are bounded so that no value can blow up a computation or a message: at most {@value
 * #MAX_DIGITS} digits before the decimal point and {@value #MAX_DIGITS} after it. A value given for
 * a firm must also follow its unit's rules ({@link #requireWholeUnits()}: whole counts, flags 0 or
 * 1), which {@link Indicator#validate} checks. {@link #toString()} never throws.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuantity.class)
@JsonDeserialize(as = ImmutableQuantity.class)
public abstract class Quantity implements Comparable<Quantity> {
  /** Most digits an amount may have before, and after, the decimal point. */
  public static final int MAX_DIGITS = 64;

  /**
   * Returns the amount in {@link #unit()}.
   *
   * @return the exact amount, never null
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract BigDecimal amount();

  /**
   * Returns the unit the amount is written in.
   *
   * @return the unit, never null
   */
  public abstract Unit unit();

  /**
   * Returns the kind of value.
   *
   * @return the unit's kind, never null
   */
  public final ValueKind kind() {
    return unit().kind();
  }

  /**
   * Returns the amount in the base unit of its kind: yuan for money, a fraction for ratios.
   * Computed once per instance.
   *
   * @return the exact base value, never null
   */
  @Value.Lazy
  public BigDecimal baseValue() {
    return amount().multiply(unit().factor());
  }

  /**
   * Creates a quantity.
   *
   * @param amount the amount, not null
   * @param unit the unit, not null
   * @return the quantity, never null
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    Checks.notNull(amount, "amount");
    Checks.notNull(unit, "unit");
    return ImmutableQuantity.builder().amount(amount).unit(unit).build();
  }

  /**
   * Creates a quantity from a decimal string such as {@code "5000"} or {@code "2.5"}.
   *
   * @param amount the amount as decimal text, not null
   * @param unit the unit, not null
   * @return the quantity, never null
   * @throws IllegalArgumentException if the text is not a decimal number
   */
  public static Quantity of(String amount, Unit unit) {
    Checks.notNull(amount, "amount");
    Checks.notNull(unit, "unit");
    // Bounded before parsing: BigDecimal's own parser accepts exponents of any size.
    Checks.check(
        amount.length() <= 2 * MAX_DIGITS + 2,
        "amount",
        amount,
        // A constant, not a lambda: a lambda costs a class spun on a cold load (issue #11).
        "must have at most " + MAX_DIGITS + " digits before and after the decimal point");
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw Checks.invalid("amount", amount, "must be a decimal number");
    }
    return of(value, unit);
  }

  /**
   * Money in yuan.
   *
   * @param amount decimal text
   * @return the quantity
   */
  public static Quantity yuan(String amount) {
    return of(amount, Unit.YUAN);
  }

  /**
   * Money in 万元.
   *
   * @param amount decimal text
   * @return the quantity
   */
  public static Quantity wanYuan(String amount) {
    return of(amount, Unit.WAN_YUAN);
  }

  /**
   * Money in 亿元.
   *
   * @param amount decimal text
   * @return the quantity
   */
  public static Quantity yiYuan(String amount) {
    return of(amount, Unit.YI_YUAN);
  }

  /**
   * A ratio written in percent: {@code percent("3")} is the fraction 0.03.
   *
   * @param amount decimal text
   * @return the quantity
   */
  public static Quantity percent(String amount) {
    return of(amount, Unit.PERCENT);
  }

  /**
   * A count in a count unit.
   *
   * @param count the count
   * @param unit a unit of kind {@link ValueKind#COUNT}
   * @return the quantity
   */
  public static Quantity count(long count, Unit unit) {
    Checks.notNull(unit, "unit");
    Checks.check(unit.kind() == ValueKind.COUNT, "unit", unit, "must be a count unit");
    return of(BigDecimal.valueOf(count), unit);
  }

  /**
   * A duration in years.
   *
   * @param years decimal text
   * @return the quantity
   */
  public static Quantity years(String years) {
    return of(years, Unit.YEARS);
  }

  /**
   * A rank position (1 is first).
   *
   * @param rank the rank
   * @return the quantity
   */
  public static Quantity rank(int rank) {
    return of(BigDecimal.valueOf(rank), Unit.RANK);
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return the quantity
   */
  public static Quantity calendarYear(int year) {
    return of(BigDecimal.valueOf(year), Unit.CALENDAR_YEAR);
  }

  /**
   * A date.
   *
   * @param date the date, not null
   * @return the quantity
   */
  public static Quantity date(LocalDate date) {
    return of(BigDecimal.valueOf(date.toEpochDay()), Unit.EPOCH_DAY);
  }

  /**
   * A yes/no status.
   *
   * @param value the status
   * @return the quantity
   */
  public static Quantity flag(boolean value) {
    return of(value ? BigDecimal.ONE : BigDecimal.ZERO, Unit.FLAG);
  }

  /**
   * A recognition level.
   *
   * @param level the level, not null
   * @return the quantity
   */
  public static Quantity level(RecognitionLevel level) {
    return of(BigDecimal.valueOf(level.rank()), Unit.LEVEL);
  }

  /**
   * A score in points.
   *
   * @param points decimal text
   * @return the quantity
   */
  public static Quantity points(String points) {
    return of(points, Unit.POINTS);
  }

  /**
   * Converts to another compatible unit, exactly.
   *
   * @param target the unit, compatible with this one
   * @return the quantity in the target unit, never null
   * @throws IllegalArgumentException if the units are not compatible
   * @throws ArithmeticException if the conversion is not exact
   */
  public Quantity to(Unit target) {
    requireCompatible(target);
    BigDecimal converted = baseValue().divide(target.factor()).stripTrailingZeros();
    return of(converted.scale() < 0 ? converted.setScale(0) : converted, target);
  }

  /**
   * Compares the base values of two compatible quantities.
   *
   * @param other the other quantity, compatible with this one
   * @return negative, zero or positive
   * @throws IllegalArgumentException if the units are not compatible
   */
  @Override
  public int compareTo(Quantity other) {
    requireCompatible(other.unit());
    // In one unit (the usual case: a value against a bound written alike) the amounts compare as
    // their base values do, every factor being positive, without multiplying both.
    return unit() == other.unit()
        ? amount().compareTo(other.amount())
        : baseValue().compareTo(other.baseValue());
  }

  /**
   * Tells whether two quantities have the same base value (5000 万元 equals 0.5 亿元 here, though
   * {@link #equals} tells them apart).
   *
   * @param other the other quantity, compatible with this one
   * @return true if the base values are equal
   */
  public boolean isSameValueAs(Quantity other) {
    return compareTo(other) == 0;
  }

  private void requireCompatible(Unit other) {
    if (!unit().isCompatibleWith(other)) {
      throw Checks.invalid(
          "unit", other, "is not comparable with " + unit() + " (" + unit().kind() + ")");
    }
  }

  /**
   * Tells whether a unit counts whole things only: counts, ranks, calendar years, dates, flags,
   * levels.
   *
   * @param unit the unit, not null
   * @return true if amounts in the unit must be whole numbers
   */
  static boolean isWhole(Unit unit) {
    switch (unit.kind()) {
      case COUNT:
      case RANK:
      case CALENDAR_YEAR:
      case DATE:
      case STATUS:
      case LEVEL:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the amount as given, with its unit's name, such as {@code 2.5 IP_ITEMS}: what a message
   * about an invalid value quotes, never the display label (a flag of 2 is not '是').
   *
   * @return the text, never null
   */
  public String toGivenString() {
    return amount().toPlainString() + " " + unit();
  }

  @Value.Check
  void check() {
    BigDecimal a = amount();
    // The checks read scale and precision only: they never render or expand the value.
    Checks.check(
        a.scale() <= MAX_DIGITS
            && a.scale() >= -MAX_DIGITS
            && a.precision() - a.scale() <= MAX_DIGITS,
        "amount",
        a,
        // A constant, not a lambda: a lambda costs a class spun on a cold load (issue #11).
        "must have at most " + MAX_DIGITS + " digits before and after the decimal point");
  }

  /**
   * Checks the rules a value given for a firm must follow in its unit: counts, ranks, calendar
   * years, dates, flags and levels are whole numbers, a flag is 0 or 1, a level a {@link
   * RecognitionLevel#rank() rank}. (A computed quantity, such as a target per year, may be a
   * fraction of a count; a firm's count of patents may not.)
   *
   * @return this quantity, never null
   * @throws IllegalArgumentException naming the unit and showing the amount as given
   */
  public Quantity requireWholeUnits() {
    String problem = wholeUnitProblem();
    if (problem != null) {
      throw Checks.invalid("amount in " + unit(), amount(), problem);
    }
    return this;
  }

  /** What breaks the rules of the unit ({@link #requireWholeUnits()}), or null. */
  String wholeUnitProblem() {
    BigDecimal a = amount();
    Unit u = unit();
    if (u == Unit.FLAG && a.compareTo(BigDecimal.ZERO) != 0 && a.compareTo(BigDecimal.ONE) != 0) {
      return "must be 0 (no) or 1 (yes)";
    }
    if (isWhole(u) && a.signum() != 0 && a.stripTrailingZeros().scale() > 0) {
      return "must be a whole number: "
          + u
          + " counts whole "
          + (u.kind() == ValueKind.COUNT ? "things" : "units");
    }
    if (u == Unit.LEVEL
        && (a.signum() < 0
            || a.compareTo(BigDecimal.valueOf(RecognitionLevel.values().length - 1)) > 0)) {
      return "must be a recognition level rank, 0 to " + (RecognitionLevel.values().length - 1);
    }
    return null;
  }

  /**
   * Formats the amount for a Chinese label, such as {@code 5000万元} or {@code 3%}.
   *
   * @return the label, never null
   */
  public String toDisplayString() {
    try {
      return display();
    } catch (RuntimeException e) {
      return toGivenString();
    }
  }

  private String display() {
    if ((unit() == Unit.FLAG || unit() == Unit.LEVEL) && wholeUnitProblem() != null) {
      // Not a valid flag or level: show it as given, not as a label it is not.
      return toGivenString();
    }
    switch (unit()) {
      case FLAG:
        return amount().signum() == 0 ? "否" : "是";
      case LEVEL:
        return RecognitionLevel.ofRank(amount().intValueExact()).label().zh();
      case EPOCH_DAY:
        return LocalDate.ofEpochDay(amount().longValueExact()).toString();
      case RANK:
        return "第" + amount().toPlainString() + "位";
      default:
        return amount().stripTrailingZeros().toPlainString() + unit().zhSymbol();
    }
  }

  @Override
  public String toString() {
    return toDisplayString();
  }
}
