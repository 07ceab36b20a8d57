package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often an activity of a measure or provision recurs, and when each round is due: "每季度开展一次" is
 * every quarter, once; "每季度次月20日前上报" is every quarter, due by the 20th of the month after the
 * quarter. Periods are calendar periods (quarters start in January, April, July and October).
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchedule.class)
@JsonDeserialize(as = ImmutableSchedule.class)
public abstract class Schedule {
  Schedule() {}

  /** A calendar period an activity recurs in. */
  public enum Period {
    /** Each month (每月). */
    MONTH(1),
    /** Each calendar quarter (每季度, 季). */
    QUARTER(3),
    /** Each half year (每半年). */
    HALF_YEAR(6),
    /** Each calendar year (每年, 年度). */
    YEAR(12);

    private final int months;

    Period(int months) {
      this.months = months;
    }

    /**
     * Returns the length in months.
     *
     * @return 1, 3, 6 or 12
     */
    public int months() {
      return months;
    }
  }

  /**
   * Returns which activity of the fact recurs, when a fact has several rhythms (季调度, 半年例会).
   *
   * @return the activity, never null
   */
  public abstract Optional<LocalizedText> activity();

  /**
   * Returns the period it recurs in.
   *
   * @return the period, never null
   */
  public abstract Period every();

  /**
   * Returns how many times per period (1 unless the text says more).
   *
   * @return at least 1
   */
  @Value.Default
  public int times() {
    return 1;
  }

  /**
   * Returns the due rule: each round is due by this day of the month after its period, that day
   * included (次月20日前 is 20). Empty if the text sets no due date.
   *
   * @return the day of the following month, 1 to 31, never null
   */
  public abstract Optional<Integer> dueDayOfNextMonth();

  /**
   * Returns when the round of the period holding a day is due, by the due rule; a day beyond the
   * month's end means its last day.
   *
   * @param day a day of the period, not null
   * @return the last day to deliver, inclusive; empty if there is no due rule
   */
  public Optional<LocalDate> dueDate(LocalDate day) {
    Checks.notNull(day, "day");
    int startMonth = (day.getMonthValue() - 1) / every().months() * every().months() + 1;
    YearMonth next = YearMonth.of(day.getYear(), startMonth).plusMonths(every().months());
    return dueDayOfNextMonth().map(d -> next.atDay(Math.min(d, next.lengthOfMonth())));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Schedule}; {@code build()} checks that every required field is set. */
  public static final class Builder extends ImmutableSchedule.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.check(times() >= 1, "times", times(), "must be at least 1");
    // An if, not ifPresent with a lambda: a lambda costs a class spun on a cold load (issue #11).
    if (dueDayOfNextMonth().isPresent()) {
      int d = dueDayOfNextMonth().get();
      Checks.check(d >= 1 && d <= 31, "dueDayOfNextMonth", d, "must be 1 to 31");
    }
  }
}
