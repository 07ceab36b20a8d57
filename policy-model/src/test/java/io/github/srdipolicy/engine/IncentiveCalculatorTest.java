package io.github.srdipolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.testing.FakePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reward calculation on the fake policy: 5万 for the pool, 20万 for the giant,
 * highest-level-once.
 */
class IncentiveCalculatorTest {
  private static final Catalog CATALOG = Catalog.of(new FakePolicy());

  private static List<RewardDue> rewards(
      JurisdictionCode where, LocalDate asOf, TierHolding... history) {
    return CATALOG.rewardsDue(
        EnterpriseProfile.builder().jurisdiction(where).addTiers(history).build(), asOf);
  }

  private static List<String> due(List<RewardDue> rewards) {
    return rewards.stream().filter(RewardDue::due).map(r -> r.incentive().toString()).toList();
  }

  @Test
  @DisplayName("a first recognition triggers its reward with amount and sources")
  void firstRecognition() {
    List<RewardDue> r =
        rewards(
            FakePolicy.COUNTY,
            LocalDate.of(2024, 12, 31),
            TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)));
    assertEquals(List.of("fake.reward.pool"), due(r));
    assertEquals(Quantity.wanYuan("5"), r.get(0).amount().orElseThrow());
    assertEquals(2, r.get(0).sources().size());
  }

  @Test
  @DisplayName("recognised at both tiers: only the highest reward is due, the lower one withheld")
  void highestLevelOnce() {
    List<RewardDue> r =
        rewards(
            FakePolicy.COUNTY,
            LocalDate.of(2026, 12, 31),
            TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)),
            TierHolding.of("fake.giant", LocalDate.of(2025, 3, 1)));
    assertEquals(List.of("fake.reward.giant"), due(r));
    RewardDue withheld = r.stream().filter(x -> !x.due()).findFirst().orElseThrow();
    assertEquals(FactId.of("fake.reward.pool"), withheld.incentive());
    assertTrue(withheld.explanation().en().contains("fake.reward.giant"));
    assertEquals(Quantity.wanYuan("20"), IncentiveCalculator.totalDue(r));
  }

  @Test
  @DisplayName("as of a date before the second recognition, the first reward is the one due")
  void asOfBeforeSecondRecognition() {
    List<RewardDue> r =
        rewards(
            FakePolicy.COUNTY,
            LocalDate.of(2024, 12, 31),
            TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)),
            TierHolding.of("fake.giant", LocalDate.of(2025, 3, 1)));
    assertEquals(List.of("fake.reward.pool"), due(r));
  }

  @Test
  @DisplayName("a repeated recognition at the same tier counts from the first one only")
  void repeatedRecognition() {
    List<RewardDue> r =
        rewards(
            FakePolicy.COUNTY,
            LocalDate.of(2026, 12, 31),
            TierHolding.of("fake.pool", LocalDate.of(2025, 3, 1)),
            TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)));
    assertEquals(1, r.size());
    assertEquals(LocalDate.of(2024, 3, 1), r.get(0).recognised());
  }

  @Test
  @DisplayName("recognition before the document is in force triggers nothing")
  void beforeValidity() {
    assertTrue(
        rewards(
                FakePolicy.COUNTY,
                LocalDate.of(2026, 1, 1),
                TierHolding.of("fake.pool", LocalDate.of(2023, 3, 1)))
            .isEmpty());
  }

  @Test
  @DisplayName("a firm outside the paying county gets none of its rewards")
  void outsideJurisdiction() {
    assertTrue(
        rewards(
                FakePolicy.PROVINCE,
                LocalDate.of(2026, 1, 1),
                TierHolding.of("fake.pool", LocalDate.of(2024, 3, 1)))
            .isEmpty());
  }
}
