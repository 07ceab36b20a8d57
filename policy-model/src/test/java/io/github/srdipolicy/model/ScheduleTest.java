package io.github.srdipolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cadence with a due rule: each round is due by a day of the month after its calendar period. */
class ScheduleTest {
  @Test
  void quarterlyDueByThe20thOfTheNextMonth() {
    Schedule s = Schedule.builder().every(Schedule.Period.QUARTER).dueDayOfNextMonth(20).build();
    assertEquals(1, s.times());
    assertEquals(Optional.of(LocalDate.of(2018, 4, 20)), s.dueDate(LocalDate.of(2018, 1, 1)));
    assertEquals(Optional.of(LocalDate.of(2018, 4, 20)), s.dueDate(LocalDate.of(2018, 3, 31)));
    assertEquals(Optional.of(LocalDate.of(2018, 7, 20)), s.dueDate(LocalDate.of(2018, 4, 1)));
    assertEquals(Optional.of(LocalDate.of(2019, 1, 20)), s.dueDate(LocalDate.of(2018, 11, 15)));
  }

  @Test
  void aDayBeyondTheMonthMeansItsLastDay() {
    Schedule s = Schedule.builder().every(Schedule.Period.MONTH).dueDayOfNextMonth(31).build();
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), s.dueDate(LocalDate.of(2024, 1, 10)));
    Schedule half =
        Schedule.builder().every(Schedule.Period.HALF_YEAR).dueDayOfNextMonth(10).build();
    assertEquals(Optional.of(LocalDate.of(2024, 7, 10)), half.dueDate(LocalDate.of(2024, 6, 30)));
    assertEquals(Optional.of(LocalDate.of(2025, 1, 10)), half.dueDate(LocalDate.of(2024, 7, 1)));
  }

  @Test
  void withoutADueRuleThereIsNoDueDate() {
    assertEquals(
        Optional.empty(),
        Schedule.builder().every(Schedule.Period.YEAR).build().dueDate(LocalDate.of(2024, 5, 1)));
  }

  @Test
  void badValuesAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Schedule.builder().every(Schedule.Period.QUARTER).times(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> Schedule.builder().every(Schedule.Period.QUARTER).dueDayOfNextMonth(32).build());
  }
}
