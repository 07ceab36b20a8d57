package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.testing.FakePolicy;
import io.github.srdipolicy.testing.Generators;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Screening gives the explained engine's outcome for every firm and criteria. */
class ScreenerEquivalenceTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Provide
  Arbitrary<List<EligibilityCriteria>> criteriaLists() {
    return Generators.criteria(Generators.tree(3)).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<EnterpriseProfile>> firmLists() {
    return Generators.profile().list().ofMinSize(1).ofMaxSize(40);
  }

  private static void assertSame(List<EligibilityCriteria> criteria, List<EnterpriseProfile> firms) {
    ScreeningResult result = Screener.of(criteria).screen(firms, DAY);
    for (int firm = 0; firm < firms.size(); firm++) {
      for (int c = 0; c < criteria.size(); c++) {
        Outcome expected = EligibilityEvaluator.DEFAULT.evaluate(criteria.get(c), firms.get(firm), DAY).outcome();
        assertEquals(expected, result.outcome(firm, c).orElseThrow(), "firm " + firm + ", criteria " + c);
      }
    }
  }

  @Property(tries = 10_000)
  @Label("batch and explained outcomes are identical on random criteria and random firms")
  void identicalOutcomes(@ForAll("criteriaLists") List<EligibilityCriteria> criteria,
      @ForAll("firmLists") List<EnterpriseProfile> firms) {
    assertSame(criteria, firms);
  }

  @Test
  void aFirmRegisteredAtTheNationalLevel_isScreened() {
    // Screener.of(List) once built its chains with Set.of(CN, code), which threw for code CN.
    List<EnterpriseProfile> firms = List.of(EnterpriseProfile.builder().jurisdiction(JurisdictionCode.CN)
        .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.yiYuan("2")).build());
    assertSame(List.of(FakePolicy.poolCriteria(), FakePolicy.giantCriteria()), firms);
  }

  @Test
  void firmsBeyondTheFixedPointColumns_areScreenedExactly_amongOthers() {
    // 200 firms over four words; every seventh holds a value too precise for the columns.
    List<EnterpriseProfile> firms = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String revenue = i % 7 == 0 ? (4990 + i % 20) + ".0000000001" : Integer.toString(4990 + i % 20);
      firms.add(EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY)
          .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan(revenue))
          .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent(Integer.toString(60 + i % 20))).build());
    }
    assertSame(List.of(FakePolicy.poolCriteria(), FakePolicy.giantCriteria()), firms);
  }

  @Test
  void fakePolicy_identicalOutcomes_onEdgeValues() {
    List<EnterpriseProfile> firms = List.of(
        EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY).build(),
        EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY)
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.yiYuan("1"))
            .putValues(Indicators.RND_INTENSITY_EACH_2Y.id(), Quantity.percent("3"))
            .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("70")).build(),
        // A value with more decimals than the fixed-point columns hold goes through the exact engine.
        EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY)
            .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("4999.9999999999"))
            .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("69.99999999"))
            .build());
    assertSame(List.of(FakePolicy.poolCriteria(), FakePolicy.giantCriteria()), firms);
  }
}
