package io.github.srdipolicy.jilin;

import static io.github.srdipolicy.jilin.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.IncentiveCalculator;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.national.NationalTiers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jiaohe's first-recognition rewards (蛟政发〔2022〕4号 二、(一)): 5万 for Jilin City, 10万 for provincial,
 * 20万 for national little giant, one reward per firm at the highest level reached, under the
 * calculator's reading.
 */
class JiaoheRewardsTest {
  private static final String CITY = "jiaohe.reward.first-recognition.jilin-city";
  private static final String PROVINCIAL = "jiaohe.reward.first-recognition.provincial";
  private static final String NATIONAL = "jiaohe.reward.first-recognition.national";

  private static EnterpriseProfile firm(String code, Object... tierThenDate) {
    var b = EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of(code));
    for (int i = 0; i < tierThenDate.length; i += 2) {
      b.addTiers(TierHolding.of(tierThenDate[i].toString(), (LocalDate) tierThenDate[i + 1]));
    }
    return b.build();
  }

  private static List<String> due(List<RewardDue> rewards) {
    return rewards.stream().filter(RewardDue::due).map(r -> r.incentive().toString()).toList();
  }

  private static List<String> withheld(List<RewardDue> rewards) {
    return rewards.stream().filter(r -> !r.due()).map(r -> r.incentive().toString()).toList();
  }

  private static final TierId CITY_TIER = JilinTiers.JILIN_CITY_SRDI_SME;
  private static final TierId PROV_TIER = JilinTiers.PROVINCIAL_SRDI_SME;
  private static final TierId GIANT = NationalTiers.LITTLE_GIANT;

  @Test
  void firstRecognitionAtJilinCityLevelPays5Wan() {
    List<RewardDue> r =
        CATALOG.rewardsDue(
            firm("220281", CITY_TIER, LocalDate.of(2022, 9, 1)), LocalDate.of(2022, 12, 31));
    assertEquals(List.of(CITY), due(r));
    assertEquals(Quantity.wanYuan("5"), IncentiveCalculator.totalDue(r));
  }

  @Test
  void firstRecognitionAtProvincialLevelPays10Wan() {
    List<RewardDue> r =
        CATALOG.rewardsDue(
            firm("220281", PROV_TIER, LocalDate.of(2022, 12, 1)), LocalDate.of(2022, 12, 31));
    assertEquals(List.of(PROVINCIAL), due(r));
    assertEquals(Quantity.wanYuan("10"), IncentiveCalculator.totalDue(r));
  }

  @Test
  void firstRecognitionAsNationalLittleGiantPays20Wan() {
    List<RewardDue> r =
        CATALOG.rewardsDue(
            firm("220281", GIANT, LocalDate.of(2023, 7, 1)), LocalDate.of(2023, 12, 31));
    assertEquals(List.of(NATIONAL), due(r));
    assertEquals(Quantity.wanYuan("20"), IncentiveCalculator.totalDue(r));
  }

  @Test
  void climbingOneLevelAYearLeavesOnlyTheHighestRewardDue() {
    EnterpriseProfile climber =
        firm(
            "220281",
            CITY_TIER,
            LocalDate.of(2022, 6, 1),
            PROV_TIER,
            LocalDate.of(2023, 6, 1),
            GIANT,
            LocalDate.of(2024, 6, 1));

    List<RewardDue> end2022 = CATALOG.rewardsDue(climber, LocalDate.of(2022, 12, 31));
    assertEquals(List.of(CITY), due(end2022));
    assertEquals(List.of(), withheld(end2022));

    List<RewardDue> end2023 = CATALOG.rewardsDue(climber, LocalDate.of(2023, 12, 31));
    assertEquals(List.of(PROVINCIAL), due(end2023));
    assertEquals(List.of(CITY), withheld(end2023));
    assertEquals(Quantity.wanYuan("10"), IncentiveCalculator.totalDue(end2023));

    List<RewardDue> end2024 = CATALOG.rewardsDue(climber, LocalDate.of(2024, 12, 31));
    assertEquals(List.of(NATIONAL), due(end2024));
    assertEquals(List.of(CITY, PROVINCIAL), withheld(end2024));
    assertEquals(Quantity.wanYuan("20"), IncentiveCalculator.totalDue(end2024));
    end2024.stream()
        .filter(x -> !x.due())
        .forEach(
            x ->
                assertTrue(
                    x.explanation().en().contains("superseded by " + NATIONAL),
                    x.explanation().en()));
  }

  @Test
  void twoLevelsInOneYearPayTheHigherOnly() {
    List<RewardDue> r =
        CATALOG.rewardsDue(
            firm(
                "220281",
                CITY_TIER,
                LocalDate.of(2023, 3, 1),
                PROV_TIER,
                LocalDate.of(2023, 11, 1)),
            LocalDate.of(2023, 12, 31));
    assertEquals(List.of(PROVINCIAL), due(r));
    assertEquals(List.of(CITY), withheld(r));
    assertEquals(Quantity.wanYuan("10"), IncentiveCalculator.totalDue(r));
  }

  @Test
  void aFirmInJilinCityOutsideJiaoheGetsNoneOfJiaohesRewards() {
    Object[] history = {
      CITY_TIER,
      LocalDate.of(2022, 6, 1),
      PROV_TIER,
      LocalDate.of(2023, 6, 1),
      GIANT,
      LocalDate.of(2024, 6, 1)
    };
    List<RewardDue> jilinCity =
        CATALOG.rewardsDue(firm("220200", history), LocalDate.of(2024, 12, 31));
    assertTrue(
        jilinCity.stream().noneMatch(x -> x.incentive().toString().startsWith("jiaohe.")),
        jilinCity::toString);
    assertEquals(Quantity.wanYuan("0"), IncentiveCalculator.totalDue(jilinCity));
    // The same history in Jiaohe does pay, so the difference is the jurisdiction alone.
    assertEquals(
        Quantity.wanYuan("20"),
        IncentiveCalculator.totalDue(
            CATALOG.rewardsDue(firm("220281", history), LocalDate.of(2024, 12, 31))));
  }

  @Test
  void recognitionBeforeThePlanWasIssuedIsNotRewarded() {
    // Like annex 1 rows 2 and 7: provincial in 2021, before 2022-04-28.
    List<RewardDue> before =
        CATALOG.rewardsDue(
            firm("220281", PROV_TIER, LocalDate.of(2021, 10, 1)), LocalDate.of(2022, 12, 31));
    assertEquals(List.of(), before);
    List<RewardDue> later =
        CATALOG.rewardsDue(
            firm("220281", PROV_TIER, LocalDate.of(2021, 10, 1), GIANT, LocalDate.of(2023, 9, 1)),
            LocalDate.of(2023, 12, 31));
    assertEquals(List.of(NATIONAL), due(later));
  }

  @Test
  void aSecondRecognitionAtTheSameLevelPaysNothingMore() {
    List<RewardDue> r =
        CATALOG.rewardsDue(
            firm(
                "220281", CITY_TIER, LocalDate.of(2022, 6, 1), CITY_TIER, LocalDate.of(2025, 6, 1)),
            LocalDate.of(2025, 12, 31));
    assertEquals(List.of(CITY), due(r));
    assertEquals(LocalDate.of(2022, 6, 1), r.get(0).recognised());
  }
}
