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

  private static void assertSame(
      List<EligibilityCriteria> criteria, List<EnterpriseProfile> firms) {
    ScreeningResult result = Screener.of(criteria).screen(firms, DAY);
    for (int firm = 0; firm < firms.size(); firm++) {
      for (int c = 0; c < criteria.size(); c++) {
        Outcome expected =
            EligibilityEvaluator.DEFAULT.evaluate(criteria.get(c), firms.get(firm), DAY).outcome();
        assertEquals(
            expected, result.outcome(firm, c).orElseThrow(), "firm " + firm + ", criteria " + c);
      }
    }
  }

  @Property(tries = 10_000)
  @Label("batch and explained outcomes are identical on random criteria and random firms")
  void identicalOutcomes(
      @ForAll("criteriaLists") List<EligibilityCriteria> criteria,
      @ForAll("firmLists") List<EnterpriseProfile> firms) {
    assertSame(criteria, firms);
  }

  /**
   * Populations of several words and blocks (a block is {@link Node#BLOCK} words of 64 firms), over
   * jurisdictions whose rows the population sorts into runs, with some firms for the exact engine.
   */
  @Provide
  Arbitrary<List<EnterpriseProfile>> largeFirmLists() {
    Arbitrary<JurisdictionCode> where =
        net.jqwik.api.Arbitraries.of(
            JurisdictionCode.CN, FakePolicy.COUNTY, JurisdictionCode.of("110000"));
    Arbitrary<EnterpriseProfile> firm =
        net.jqwik.api.Combinators.combine(
                Generators.profile(), where, net.jqwik.api.Arbitraries.integers().between(0, 99))
            .as(
                (p, j, precise) -> {
                  var b = EnterpriseProfile.builder().from(p).jurisdiction(j);
                  // One firm in a hundred has a value too precise for the columns.
                  if (precise == 0) {
                    b.values(
                        java.util.Map.of(
                            io.github.srdipolicy.model.Indicators.OPERATING_REVENUE.id(),
                            Quantity.wanYuan("4999.0000000001")));
                  }
                  return b.build();
                });
    return firm.list().ofMinSize(64 * Node.BLOCK - 40).ofMaxSize(64 * Node.BLOCK * 2 + 100);
  }

  @Property(tries = 30)
  @Label(
      "batch and explained outcomes are identical on populations spanning several blocks and jurisdictions")
  void identicalOutcomes_onLargePopulations(
      @ForAll("criteriaLists") List<EligibilityCriteria> criteria,
      @ForAll("largeFirmLists") List<EnterpriseProfile> firms) {
    assertSame(criteria, firms);
  }

  /**
   * Profiles whose own as-of date, recognitions and expiries fall before, on and after the
   * screening dates.
   */
  @Provide
  Arbitrary<List<EnterpriseProfile>> datedFirmLists() {
    Arbitrary<LocalDate> dates =
        net.jqwik.api.Arbitraries.of(
            LocalDate.of(2022, 6, 1),
            LocalDate.of(2023, 6, 1),
            LocalDate.of(2024, 6, 1),
            LocalDate.of(2025, 6, 1));
    Arbitrary<EnterpriseProfile> firm =
        net.jqwik.api.Combinators.combine(
                Generators.profile(), dates.optional(0.8), dates, dates.optional(0.5))
            .as(
                (p, asOf, recognised, expires) -> {
                  List<io.github.srdipolicy.engine.TierHolding> tiers =
                      p.tiers().stream()
                          .map(
                              h ->
                                  (io.github.srdipolicy.engine.TierHolding)
                                      io.github.srdipolicy.engine.TierHolding.builder()
                                          .tier(h.tier())
                                          .recognised(recognised)
                                          .expires(expires.filter(e -> e.isAfter(recognised)))
                                          .build())
                          .toList();
                  return EnterpriseProfile.builder().from(p).asOf(asOf).tiers(tiers).build();
                });
    return firm.list().ofMinSize(1).ofMaxSize(20);
  }

  @Property(tries = 1_000)
  @Label(
      "explain agrees with screen on every cell when the profiles' as-of dates differ from the screening date")
  void explainAgreesWithScreen_whateverTheProfilesAsOf(
      @ForAll("criteriaLists") List<EligibilityCriteria> criteria,
      @ForAll("datedFirmLists") List<EnterpriseProfile> firms,
      @ForAll("screeningDates") LocalDate day) {
    Screener screener = Screener.of(criteria);
    ScreeningResult result = screener.screen(firms, day);
    for (int firm = 0; firm < firms.size(); firm++) {
      for (int c = 0; c < criteria.size(); c++) {
        assertEquals(
            result.outcome(firm, c).orElseThrow(),
            screener.explain(firms.get(firm), c, day).outcome(),
            "firm " + firm + ", criteria " + c);
      }
    }
  }

  @Provide
  Arbitrary<LocalDate> screeningDates() {
    return net.jqwik.api.Arbitraries.of(
        LocalDate.of(2022, 12, 31), LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1));
  }

  @Property(tries = 500)
  @Label("a catalogue screener explains on its screening date, whatever the profiles' as-of dates")
  void catalogueScreener_explainsOnItsDate(
      @ForAll("datedFirmLists") List<EnterpriseProfile> firms) {
    io.github.srdipolicy.catalog.Catalog catalog =
        io.github.srdipolicy.catalog.Catalog.of(new FakePolicy());
    Screener screener = Screener.of(catalog, DAY);
    // The catalogue rejects recognitions after a profile's as-of date (screen those without one)
    // and
    // declarations no condition of it reads (keep those it knows).
    List<EnterpriseProfile> valid =
        firms.stream()
            .map(
                p ->
                    EnterpriseProfile.builder()
                        .from(p)
                        .declarations(
                            java.util.Map.copyOf(
                                new java.util.HashMap<>(p.declarations()) {
                                  {
                                    keySet().retainAll(catalog.declarations().keys());
                                  }
                                }))
                        .build())
            .map(
                p ->
                    p.tiers().stream()
                            .anyMatch(
                                h -> p.asOf().isPresent() && h.recognised().isAfter(p.asOf().get()))
                        ? EnterpriseProfile.builder()
                            .from(p)
                            .asOf(java.util.Optional.empty())
                            .build()
                        : p)
            .toList();
    ScreeningResult result = screener.screen(valid, DAY);
    for (int firm = 0; firm < valid.size(); firm++) {
      for (int c = 0; c < screener.criteria().size(); c++) {
        var outcome = result.outcome(firm, c);
        if (outcome.isPresent()) {
          assertEquals(
              outcome.get(),
              screener.explain(valid.get(firm), c).outcome(),
              "firm " + firm + ", criteria " + c);
        }
      }
    }
  }

  @Test
  void aFirmRegisteredAtTheNationalLevel_isScreened() {
    // Screener.of(List) once built its chains with Set.of(CN, code), which threw for code CN.
    List<EnterpriseProfile> firms =
        List.of(
            EnterpriseProfile.builder()
                .jurisdiction(JurisdictionCode.CN)
                .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.yiYuan("2"))
                .build());
    assertSame(List.of(FakePolicy.poolCriteria(), FakePolicy.giantCriteria()), firms);
  }

  @Test
  void firmsBeyondTheFixedPointColumns_areScreenedExactly_amongOthers() {
    // 200 firms over four words; every seventh holds a value too precise for the columns.
    List<EnterpriseProfile> firms = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String revenue =
          i % 7 == 0 ? (4990 + i % 20) + ".0000000001" : Integer.toString(4990 + i % 20);
      firms.add(
          EnterpriseProfile.builder()
              .jurisdiction(FakePolicy.COUNTY)
              .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan(revenue))
              .putValues(
                  Indicators.DEBT_TO_ASSET_RATIO.id(),
                  Quantity.percent(Integer.toString(60 + i % 20)))
              .build());
    }
    assertSame(List.of(FakePolicy.poolCriteria(), FakePolicy.giantCriteria()), firms);
  }

  @Test
  void fakePolicy_identicalOutcomes_onEdgeValues() {
    List<EnterpriseProfile> firms =
        List.of(
            EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY).build(),
            EnterpriseProfile.builder()
                .jurisdiction(FakePolicy.COUNTY)
                .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.yiYuan("1"))
                .putValues(Indicators.RND_INTENSITY_EACH_2Y.id(), Quantity.percent("3"))
                .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("70"))
                .build(),
            // A value with more decimals than the fixed-point columns hold goes through the exact
            // engine.
            EnterpriseProfile.builder()
                .jurisdiction(FakePolicy.COUNTY)
                .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan("4999.9999999999"))
                .putValues(Indicators.DEBT_TO_ASSET_RATIO.id(), Quantity.percent("69.99999999"))
                .build());
    assertSame(List.of(FakePolicy.poolCriteria(), FakePolicy.giantCriteria()), firms);
  }
}
