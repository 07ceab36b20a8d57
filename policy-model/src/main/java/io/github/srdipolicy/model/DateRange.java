package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A half-open range of dates, {@code [start, end)}; an empty end means open-ended.
 *
 * <p>A plan period "2022—2024年" is {@code [2022-01-01, 2025-01-01)}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateRange.class)
@JsonDeserialize(as = ImmutableDateRange.class)
public abstract class DateRange {
  /**
   * Returns the first day of the range.
   *
   * @return the inclusive start, never null
   */
  public abstract LocalDate start();

  /**
   * Returns the first day after the range, if it ends.
   *
   * @return the exclusive end, never null
   */
  public abstract Optional<LocalDate> end();

  /**
   * Creates a closed-open range.
   *
   * @param start the inclusive start, not null
   * @param end the exclusive end, not null, after start
   * @return the range, never null
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return ImmutableDateRange.builder().start(start).end(end).build();
  }

  /**
   * Creates an open-ended range.
   *
   * @param start the inclusive start, not null
   * @return the range, never null
   */
  public static DateRange from(LocalDate start) {
    return ImmutableDateRange.builder().start(start).build();
  }

  /**
   * Creates the range covering whole calendar years, {@code [firstYear-01-01, (lastYear+1)-01-01)}.
   *
   * @param firstYear the first year
   * @param lastYear the last year, inclusive
   * @return the range, never null
   */
  public static DateRange years(int firstYear, int lastYear) {
    return of(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear + 1, 1, 1));
  }

  /**
   * Tells whether a date lies in the range.
   *
   * @param date the date, not null
   * @return true if {@code start <= date < end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && end().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    // No lambdas in checks: each costs a class spun at run time on a cold load (issue #11).
    if (end().isPresent() && !end().get().isAfter(start())) {
      throw Checks.invalid("end", end().get(), "must be after start " + start());
    }
  }

  @Override
  public String toString() {
    return "[" + start() + ", " + end().map(LocalDate::toString).orElse("") + ")";
  }
}
