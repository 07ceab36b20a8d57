package io.github.srdipolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A target is a level reached by a deadline or a flow per year or over a period, never a level
 * summed.
 */
class TargetTest {
  private static final DateRange PLAN = DateRange.years(2023, 2025);

  private static Target.Builder target(Quantity value, TargetCadence cadence, TargetBasis basis) {
    Target.Builder b =
        Target.builder()
            .id(FactId.of("t.1"))
            .metric(LocalizedText.of("比重", "share"))
            .metricKey("ratio.share")
            .comparator(TargetComparator.EXACTLY)
            .value(value)
            .cadence(cadence)
            .basis(basis)
            .commitment(Commitment.FIRM)
            .scope(JurisdictionCode.of("320000"))
            .source(SourceRef.of("doc", "1"));
    return cadence == TargetCadence.BY_DEADLINE
        ? b.deadline(LocalDate.of(2025, 12, 31))
        : b.period(PLAN);
  }

  @Test
  void aShareIsALevelByADeadline() {
    Target level =
        target(Quantity.of("100", Unit.PERCENT), TargetCadence.BY_DEADLINE, TargetBasis.CUMULATIVE)
            .build();
    assertEquals(TargetCadence.BY_DEADLINE, level.cadence());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                target(
                        Quantity.of("100", Unit.PERCENT),
                        TargetCadence.OVER_PERIOD,
                        TargetBasis.NOT_STATED)
                    .build());
    assertTrue(e.getMessage().contains("a share is a level"), e.getMessage());
  }

  @Test
  void aRunningTotalIsALevelByADeadline() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                target(
                        Quantity.of("2500", Unit.PERSONS),
                        TargetCadence.OVER_PERIOD,
                        TargetBasis.CUMULATIVE)
                    .build());
    assertTrue(e.getMessage().contains("a cumulative total is a level"), e.getMessage());
  }

  @Test
  void flowsMaySumOverAPeriodOrCountPerYear() {
    assertEquals(
        TargetCadence.OVER_PERIOD,
        target(Quantity.of("500", Unit.ENTERPRISES), TargetCadence.OVER_PERIOD, TargetBasis.NEW)
            .build()
            .cadence());
    assertEquals(
        TargetCadence.PER_YEAR,
        target(Quantity.of("30", Unit.PERCENT), TargetCadence.PER_YEAR, TargetBasis.CUMULATIVE)
            .build()
            .cadence());
  }
}
