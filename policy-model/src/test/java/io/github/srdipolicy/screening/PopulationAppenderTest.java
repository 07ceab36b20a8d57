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
}
