package io.github.srdipolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.testing.FakePolicy;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A held title counts only while valid: its tier's validity from the recognition date, or its own
 * end.
 */
class TitleValidityTest {
  private static final EligibilityEvaluator EVALUATOR =
      EligibilityEvaluator.of(
          IndicatorRegistry.standard(), Map.of(FakePolicy.POOL, 3, FakePolicy.GIANT, 1));
  private static final HoldsTier NEEDS_POOL =
      HoldsTier.builder()
          .id(FactId.of("fake.needs-pool"))
          .label(FakePolicy.text("in pool"))
          .source(FakePolicy.ref("2"))
          .tier(FakePolicy.POOL)
          .build();
  private static final LocalDate RECOGNISED = LocalDate.of(2022, 8, 1);

  private static EnterpriseProfile holding(TierHolding h, boolean complete) {
    return EnterpriseProfile.builder()
        .jurisdiction(FakePolicy.COUNTY)
        .addTiers(h)
        .tiersComplete(complete)
        .build();
  }

  private static ConditionResult trace(EnterpriseProfile p, LocalDate day) {
    EligibilityReport r =
        EVALUATOR.evaluate(
            io.github.srdipolicy.model.EligibilityCriteria.builder()
                .id(FactId.of("fake.c"))
                .tier(FakePolicy.GIANT)
                .label(FakePolicy.text("c"))
                .source(FakePolicy.ref("2"))
                .addTracks(
                    io.github.srdipolicy.model.Track.builder()
                        .id(FactId.of("fake.c.t"))
                        .kind(io.github.srdipolicy.model.TrackKind.GENERAL)
                        .label(FakePolicy.text("t"))
                        .condition(NEEDS_POOL)
                        .build())
                .build(),
            p,
            day);
    return r.tracks().get(0).trace();
  }

  @Test
  @DisplayName("valid the day before the third anniversary, expired on it; the trace says when")
  void threeYears_fromRecognition() {
    EnterpriseProfile p = holding(TierHolding.of("fake.pool", RECOGNISED), true);
    assertEquals(Outcome.ELIGIBLE, EVALUATOR.test(NEEDS_POOL, p, LocalDate.of(2025, 7, 31)));
    assertEquals(Outcome.NOT_ELIGIBLE, EVALUATOR.test(NEEDS_POOL, p, LocalDate.of(2025, 8, 1)));
    assertEquals(
        "requires fake.pool: held, expired 2025-08-01",
        trace(p, LocalDate.of(2025, 8, 1)).detail().orElseThrow());
    assertEquals(
        "requires fake.pool: held, recognised 2022-08-01, valid until 2025-08-01",
        trace(p, LocalDate.of(2024, 1, 1)).detail().orElseThrow());
    assertEquals(
        Optional.of(LocalDate.of(2025, 8, 1)),
        EVALUATOR.validUntil(TierHolding.of("fake.pool", RECOGNISED)));
  }

  @Test
  @DisplayName(
      "one-year titles; an earlier own end wins; tiers without a stated validity never expire")
  void validity_perTierAndOwnEnd() {
    TierHolding giant = TierHolding.of("fake.giant", RECOGNISED);
    assertTrue(EVALUATOR.holds(giant, LocalDate.of(2023, 7, 31)));
    assertFalse(EVALUATOR.holds(giant, LocalDate.of(2023, 8, 1)));
    TierHolding revoked =
        TierHolding.builder()
            .from(TierHolding.of("fake.pool", RECOGNISED))
            .expires(LocalDate.of(2023, 1, 1))
            .build();
    assertEquals(Optional.of(LocalDate.of(2023, 1, 1)), EVALUATOR.validUntil(revoked));
    assertTrue(
        EligibilityEvaluator.DEFAULT.holds(
            TierHolding.of("fake.pool", RECOGNISED), LocalDate.of(2040, 1, 1)));
    assertFalse(EVALUATOR.holds(TierHolding.of("fake.pool", RECOGNISED), RECOGNISED.minusDays(1)));
  }

  @Test
  @DisplayName(
      "a renewal listed after an expired title counts; an incomplete list with only an expired title is undetermined")
  void renewal_andIncompleteHoldings() {
    EnterpriseProfile renewed =
        EnterpriseProfile.builder()
            .jurisdiction(FakePolicy.COUNTY)
            .addTiers(
                TierHolding.of("fake.pool", RECOGNISED),
                TierHolding.of("fake.pool", LocalDate.of(2025, 7, 15)))
            .build();
    assertEquals(Outcome.ELIGIBLE, EVALUATOR.test(NEEDS_POOL, renewed, LocalDate.of(2026, 1, 1)));
    EnterpriseProfile partial = holding(TierHolding.of("fake.pool", RECOGNISED), false);
    assertEquals(
        Outcome.UNDETERMINED, EVALUATOR.test(NEEDS_POOL, partial, LocalDate.of(2026, 1, 1)));
    assertEquals(
        "requires fake.pool: held, expired 2025-08-01; a renewal is not listed",
        trace(partial, LocalDate.of(2026, 1, 1)).detail().orElseThrow());
    EnterpriseProfile none = EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY).build();
    assertEquals(
        "requires fake.pool: not held",
        trace(none, LocalDate.of(2026, 1, 1)).detail().orElseThrow());
  }
}
