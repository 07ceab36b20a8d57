package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.testing.Generators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Firms given value by value through the appender screen exactly as the same firms given as
 * profiles.
 */
class PopulationAppenderTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Provide
  Arbitrary<List<EligibilityCriteria>> criteriaLists() {
    return Generators.criteria(Generators.tree(3)).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<EnterpriseProfile>> firmLists() {
    return Generators.profile().list().ofMinSize(1).ofMaxSize(40);
  }

  private static int append(Population.Builder b, EnterpriseProfile p) {
    Population.Builder.Appender a = b.appender().start(p.jurisdiction(), p.tiersComplete());
    for (Map.Entry<IndicatorId, Quantity> e : p.values().entrySet()) {
      a.value(e.getKey(), e.getValue());
    }
    p.declarations().forEach(a::declaration);
    p.tiers().forEach(a::tier);
    return a.append();
  }

  @Property(tries = 2_000)
  @Label("appended firms and added profiles give the same outcome in every cell")
  void sameOutcomes(
      @ForAll("criteriaLists") List<EligibilityCriteria> criteria,
      @ForAll("firmLists") List<EnterpriseProfile> firms) {
    Screener screener = Screener.of(criteria);
    Population.Builder byProfile = screener.populationBuilder(firms.size(), DAY);
    Population.Builder byValue = screener.populationBuilder(firms.size(), DAY);
    for (EnterpriseProfile p : firms) {
      assertEquals(byProfile.add(p), append(byValue, p));
    }
    ScreeningResult expected = screener.screen(byProfile.build());
    Population appended = byValue.build();
    ScreeningResult actual = screener.screen(appended);
    for (int firm = 0; firm < firms.size(); firm++) {
      assertEquals(firms.get(firm).jurisdiction(), appended.jurisdiction(firm));
      for (int c = 0; c < criteria.size(); c++) {
        assertEquals(
            expected.applies(firm, c), actual.applies(firm, c), "firm " + firm + ", criteria " + c);
        assertEquals(
            expected.outcome(firm, c), actual.outcome(firm, c), "firm " + firm + ", criteria " + c);
      }
    }
  }

  @Test
  void anInvalidFirmIsRefusedWithTheProfilePathsMessageAndNotAdded() {
    Screener screener = Screener.of(List.of());
    Population.Builder b = screener.populationBuilder(4, DAY);
    Quantity negative = Quantity.of(new BigDecimal("-5"), Unit.WAN_YUAN);
    EnterpriseProfile profile =
        EnterpriseProfile.builder()
            .jurisdiction(JurisdictionCode.CN)
            .putValues(Indicators.OPERATING_REVENUE.id(), negative)
            .build();
    String expected =
        assertThrows(IllegalArgumentException.class, () -> b.add(profile)).getMessage();
    Population.Builder.Appender a = b.appender();
    // The first sight of an indicator and a later one are checked alike.
    for (int i = 0; i < 2; i++) {
      a.start(JurisdictionCode.CN, false)
          .value(Indicators.OPERATING_REVENUE.id(), Quantity.of(BigDecimal.ONE, Unit.WAN_YUAN));
      assertEquals(i, a.append());
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  a.start(JurisdictionCode.CN, false)
                      .value(Indicators.OPERATING_REVENUE.id(), negative)
                      .append());
      assertEquals(expected, e.getMessage());
    }
    assertEquals(2, b.size());
  }

  @Test
  void aValueGivenTwiceIsRefused() {
    Population.Builder b = Screener.of(List.of()).populationBuilder(4, DAY);
    Quantity one = Quantity.of(BigDecimal.ONE, Unit.WAN_YUAN);
    Population.Builder.Appender a =
        b.appender()
            .start(JurisdictionCode.CN, false)
            .value(Indicators.OPERATING_REVENUE.id(), one);
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class, () -> a.value(Indicators.OPERATING_REVENUE.id(), one));
    assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
    // The refused value is not kept: the firm as started so far can still be appended, once.
    assertEquals(0, a.append());
    assertThrows(IllegalStateException.class, a::append, "no firm started");
    assertEquals(1, b.size());
  }

  /**
   * Appends a profile giving each value whose amount is a decimal of at most 18 places, with an
   * unscaled value that fits a long, through a decimal column.
   */
  private static int appendByColumns(Population.Builder b, EnterpriseProfile p) {
    Population.Builder.Appender a = b.appender().start(p.jurisdiction(), p.tiersComplete());
    for (Map.Entry<IndicatorId, Quantity> e : p.values().entrySet()) {
      BigDecimal amount = e.getValue().amount();
      if (amount.scale() >= 0 && amount.scale() <= 18 && amount.unscaledValue().bitLength() < 64) {
        int column = a.column(e.getKey(), e.getValue().unit(), amount.scale());
        a.value(column, amount.unscaledValue().longValueExact());
      } else {
        a.value(e.getKey(), e.getValue());
      }
    }
    p.declarations().forEach(a::declaration);
    p.tiers().forEach(a::tier);
    return a.append();
  }

  @Property(tries = 500)
  @Label("values given as unscaled decimals and as quantities give the same outcome in every cell")
  void sameOutcomesThroughDecimalColumns(
      @ForAll("criteriaLists") List<EligibilityCriteria> criteria,
      @ForAll("firmLists") List<EnterpriseProfile> firms) {
    Screener screener = Screener.of(criteria);
    Population.Builder byProfile = screener.populationBuilder(firms.size(), DAY);
    Population.Builder byColumn = screener.populationBuilder(firms.size(), DAY);
    for (EnterpriseProfile p : firms) {
      assertEquals(byProfile.add(p), appendByColumns(byColumn, p));
    }
    ScreeningResult expected = screener.screen(byProfile.build());
    ScreeningResult actual = screener.screen(byColumn.build());
    for (int firm = 0; firm < firms.size(); firm++) {
      for (int c = 0; c < criteria.size(); c++) {
        assertEquals(
            expected.applies(firm, c), actual.applies(firm, c), "firm " + firm + ", criteria " + c);
        assertEquals(
            expected.outcome(firm, c), actual.outcome(firm, c), "firm " + firm + ", criteria " + c);
      }
    }
  }

  /** What appending one value does: the firm's index, or the message refusing it. */
  private static String outcome(Population.Builder.Appender a, Runnable give) {
    try {
      a.start(JurisdictionCode.CN, false);
      give.run();
      return "firm " + a.append();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void aDecimalColumnAcceptsAndRefusesExactlyWhatQuantitiesDo() {
    // Every indicator in every compatible unit, at several scales, with values at and around its
    // bounds, the as-of date and year, the fixed-point limit, whole and fractional: each refused
    // with the quantity path's message or accepted alike.
    Screener screener = Screener.of(List.of());
    Population.Builder byQuantity = screener.populationBuilder(64, DAY);
    Population.Builder byColumn = screener.populationBuilder(64, DAY);
    Population.Builder.Appender q = byQuantity.appender();
    Population.Builder.Appender d = byColumn.appender();
    int checked = 0;
    int refused = 0;
    for (io.github.srdipolicy.model.Indicator ind : Indicators.all()) {
      for (Unit unit : Unit.values()) {
        if (!unit.isCompatibleWith(ind.unit())) {
          continue;
        }
        for (int scale : new int[] {0, 1, 2, 4, 6, 9, 18}) {
          int column = d.column(ind.id(), unit, scale);
          java.util.Set<Long> values = new java.util.TreeSet<>();
          BigDecimal perUnscaled = unit.factor().movePointLeft(scale);
          List<BigDecimal> marks = new java.util.ArrayList<>();
          ind.minimum().ifPresent(marks::add);
          ind.maximum().ifPresent(marks::add);
          marks.add(BigDecimal.valueOf(DAY.getYear()));
          marks.add(BigDecimal.valueOf(DAY.toEpochDay()));
          marks.add(BigDecimal.valueOf(Fixed.LIMIT).movePointLeft(Fixed.SCALE));
          marks.add(BigDecimal.valueOf(Fixed.LIMIT).movePointLeft(Fixed.SCALE).negate());
          for (BigDecimal mark : marks) {
            BigDecimal u = mark.divide(perUnscaled, java.math.MathContext.DECIMAL128);
            for (java.math.RoundingMode r :
                new java.math.RoundingMode[] {
                  java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING
                }) {
              BigDecimal at = u.setScale(0, r);
              if (at.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) < 0) {
                for (long delta = -2; delta <= 2; delta++) {
                  values.add(at.longValueExact() + delta);
                }
              }
            }
          }
          long one = BigDecimal.ONE.movePointRight(scale).longValueExact();
          for (long v :
              new long[] {0, 1, -1, 7, one, 2 * one, 3 * one, one / 2, -one, 123_456_789}) {
            values.add(v);
          }
          for (long v : values) {
            BigDecimal amount = BigDecimal.valueOf(v, scale);
            String expected = outcome(q, () -> q.value(ind.id(), Quantity.of(amount, unit)));
            String actual = outcome(d, () -> d.value(column, v));
            assertEquals(expected, actual, ind.id() + " " + amount + " " + unit);
            checked++;
            refused += expected.startsWith("firm ") ? 0 : 1;
          }
        }
      }
    }
    assertEquals(byQuantity.size(), byColumn.size());
    // Both kinds of case occurred: the comparison is not vacuous.
    assertTrue(
        refused > 100 && checked - refused > 100, checked + " checked, " + refused + " refused");
  }
}
