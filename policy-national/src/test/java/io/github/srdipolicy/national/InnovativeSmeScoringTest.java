package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The innovative-SME assessment of 工信部企业〔2022〕63号 附件1: bands, minimums and worked examples. */
class InnovativeSmeScoringTest {
  private static final String CRITERIA = "cn.gradient-2022.isme.criteria";
  private static final LocalDate ON = LocalDate.of(2023, 1, 1);
  private static final Scorecard CARD =
      CATALOG.fact(FactId.of("cn.gradient-2022.isme.score"), Scorecard.class);

  /** (indicator, value, points), typed from the band table; every band edge on both sides. */
  static Stream<Arguments> bands() {
    String ip = "cn.leading-product-ip-class-rank";
    String rnd = "rnd-intensity";
    String growth = "main-business-growth";
    String debt = "debt-to-asset-ratio";
    String field = "cn.strategic-emerging-field";
    String share = "main-business-share";
    return Stream.of(
        Arguments.of(ip, Quantity.rank(1), "20"),
        Arguments.of(ip, Quantity.rank(2), "15"),
        Arguments.of(ip, Quantity.rank(3), "10"),
        Arguments.of(ip, Quantity.rank(4), "5"),
        Arguments.of(ip, Quantity.rank(5), "0"),
        Arguments.of(rnd, Quantity.percent("5"), "20"),
        Arguments.of(rnd, Quantity.percent("4.99"), "15"),
        Arguments.of(rnd, Quantity.percent("3"), "15"),
        Arguments.of(rnd, Quantity.percent("2.99"), "10"),
        Arguments.of(rnd, Quantity.percent("2"), "10"),
        Arguments.of(rnd, Quantity.percent("1.99"), "5"),
        Arguments.of(rnd, Quantity.percent("1"), "5"),
        Arguments.of(rnd, Quantity.percent("0.99"), "0"),
        Arguments.of(growth, Quantity.percent("15"), "20"),
        Arguments.of(growth, Quantity.percent("14.99"), "15"),
        Arguments.of(growth, Quantity.percent("10"), "15"),
        Arguments.of(growth, Quantity.percent("9.99"), "10"),
        Arguments.of(growth, Quantity.percent("5"), "10"),
        Arguments.of(growth, Quantity.percent("4.99"), "5"),
        Arguments.of(growth, Quantity.percent("0"), "5"),
        Arguments.of(growth, Quantity.percent("-0.01"), "0"),
        Arguments.of(debt, Quantity.percent("55"), "10"),
        Arguments.of(debt, Quantity.percent("55.01"), "5"),
        Arguments.of(debt, Quantity.percent("75"), "5"),
        Arguments.of(debt, Quantity.percent("75.01"), "0"),
        Arguments.of(field, Quantity.flag(true), "10"),
        Arguments.of(field, Quantity.flag(false), "5"),
        Arguments.of(share, Quantity.percent("70"), "20"),
        Arguments.of(share, Quantity.percent("69.99"), "15"),
        Arguments.of(share, Quantity.percent("60"), "15"),
        Arguments.of(share, Quantity.percent("59.99"), "10"),
        Arguments.of(share, Quantity.percent("55"), "10"),
        Arguments.of(share, Quantity.percent("54.99"), "5"),
        Arguments.of(share, Quantity.percent("50"), "5"),
        Arguments.of(share, Quantity.percent("49.99"), "0"));
  }

  @ParameterizedTest(name = "{0} = {1} scores {2}")
  @MethodSource("bands")
  void band_givesThePointsOfTheTable(String indicator, Quantity value, String points) {
    ScoreItem item =
        CARD.items().stream()
            .filter(i -> i.indicator().toString().equals(indicator))
            .findFirst()
            .orElseThrow();
    BigDecimal got =
        item.bands().stream()
            .filter(b -> b.range().contains(value))
            .map(ScoreBand::points)
            .reduce(
                (a, b) -> {
                  throw new AssertionError("bands overlap at " + value);
                })
            .orElse(BigDecimal.ZERO);
    assertEquals(0, got.compareTo(new BigDecimal(points)), indicator + " " + value);
  }

  @Test
  void maximums_andMinimums_areThoseOfTheStandard() {
    Map<String, BigDecimal> max =
        CARD.items().stream()
            .collect(Collectors.toMap(i -> i.indicator().toString(), ScoreItem::maxPoints));
    assertEquals(
        Map.of(
            "cn.leading-product-ip-class-rank",
            new BigDecimal("20"),
            "rnd-intensity",
            new BigDecimal("20"),
            "main-business-growth",
            new BigDecimal("20"),
            "debt-to-asset-ratio",
            new BigDecimal("10"),
            "cn.strategic-emerging-field",
            new BigDecimal("10"),
            "main-business-share",
            new BigDecimal("20")),
        max);
    assertEquals(0, CARD.minimumTotal().compareTo(new BigDecimal("60")));
    assertEquals(
        0, CARD.categoryMinimums().get(National.INNOVATION).compareTo(new BigDecimal("20")));
    assertEquals(0, CARD.categoryMinimums().get(National.GROWTH).compareTo(new BigDecimal("15")));
    assertEquals(
        0, CARD.categoryMinimums().get(National.SPECIALISATION).compareTo(new BigDecimal("15")));
    // The category assignment is a single-source reading, so the scorecard as a whole is S.
    assertEquals(Confidence.SECONDARY_S, CARD.source().confidence());
    assertTrue(CARD.note().isPresent());
  }

  /** A firm that meets no direct route, so only its score decides. */
  private static Fixtures.Firm noDirectRoute() {
    return new Fixtures.Firm()
        .with(National.ST_AWARD_LEVEL_3Y, Quantity.level(RecognitionLevel.NONE))
        .with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(false))
        .with(National.NATIONAL_TECH_INNOVATION_DEMO, Quantity.flag(false))
        .with(National.IP_ADVANTAGE_OR_DEMO, Quantity.flag(false))
        .with(Indicators.RND_INSTITUTION_LEVEL, Quantity.level(RecognitionLevel.CITY))
        .with(National.INSTITUTIONAL_EQUITY_3Y, Quantity.wanYuan("499"));
  }

  private static Fixtures.Firm scored(
      int ipRank, String rnd, String growth, String debt, boolean field, String share) {
    return noDirectRoute()
        .with(National.LEADING_PRODUCT_IP_CLASS_RANK, Quantity.rank(ipRank))
        .with(Indicators.RND_INTENSITY, Quantity.percent(rnd))
        .with(Indicators.MAIN_BUSINESS_GROWTH, Quantity.percent(growth))
        .with(Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent(debt))
        .with(National.STRATEGIC_EMERGING_FIELD, Quantity.flag(field))
        .with(Indicators.MAIN_BUSINESS_SHARE, Quantity.percent(share));
  }

  @Test
  void exactly60_withSpecialisationBelowItsMinimum_isNotEligible() {
    // innovation 20 + 20 = 40; growth 15 + 0 = 15; specialisation 5 + 0 = 5 (< 15); total 60
    assertEquals(
        Outcome.NOT_ELIGIBLE, scored(1, "5", "10", "80", false, "40").against(CRITERIA, ON));
  }

  @Test
  void exactly60_withEveryCategoryAtItsMinimum_isEligible() {
    // innovation 10 + 10 = 20; growth 15 + 0 = 15; specialisation 10 + 15 = 25; total 60
    assertEquals(Outcome.ELIGIBLE, scored(3, "2", "10", "80", true, "60").against(CRITERIA, ON));
  }

  @Test
  void below60_withEveryCategoryAtItsMinimum_isNotEligible() {
    // innovation 20; growth 15; specialisation 10 + 10 = 20; total 55
    assertEquals(
        Outcome.NOT_ELIGIBLE, scored(3, "2", "10", "80", true, "55").against(CRITERIA, ON));
  }

  @Test
  void innovationBelow20_failsEvenWithAHighTotal() {
    // innovation 5 + 10 = 15 (< 20); growth 20 + 10 = 30; specialisation 10 + 20 = 30; total 75
    assertEquals(
        Outcome.NOT_ELIGIBLE, scored(4, "2", "15", "50", true, "70").against(CRITERIA, ON));
  }

  @Test
  void directRouteFirm_isEligibleWhateverItsScore() {
    Fixtures.Firm poorScore = scored(5, "0", "-10", "90", false, "10");
    assertEquals(Outcome.NOT_ELIGIBLE, poorScore.against(CRITERIA, ON));
    assertEquals(
        Outcome.ELIGIBLE,
        poorScore
            .copy()
            .with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(true))
            .against(CRITERIA, ON));
    assertEquals(
        Outcome.ELIGIBLE,
        poorScore
            .copy()
            .with(Indicators.RND_INSTITUTION_LEVEL, Quantity.level(RecognitionLevel.PROVINCE))
            .against(CRITERIA, ON));
    assertEquals(
        Outcome.ELIGIBLE,
        poorScore
            .copy()
            .with(National.INSTITUTIONAL_EQUITY_3Y, Quantity.wanYuan("500"))
            .against(CRITERIA, ON));
    assertEquals(
        Outcome.ELIGIBLE,
        poorScore
            .copy()
            .with(National.ST_AWARD_LEVEL_3Y, Quantity.level(RecognitionLevel.PROVINCE))
            .against(CRITERIA, ON));
    // A direct route with no scoring data at all.
    assertEquals(
        Outcome.ELIGIBLE,
        new Fixtures.Firm()
            .with(National.IP_ADVANTAGE_OR_DEMO, Quantity.flag(true))
            .against(CRITERIA, ON));
  }

  @Test
  void missingScoreInputs_withoutADirectRoute_areUndetermined() {
    Fixtures.Firm partial =
        scored(3, "2", "10", "80", true, "60").without(Indicators.MAIN_BUSINESS_SHARE);
    assertEquals(Outcome.UNDETERMINED, partial.against(CRITERIA, ON));
    // Even the best share cannot lift a total that the other items hold at 10 (5 + 0 + 0 + 0 + 5 +
    // at most 20 = 30).
    Fixtures.Firm hopeless =
        scored(4, "0", "-1", "90", false, "10").without(Indicators.MAIN_BUSINESS_SHARE);
    assertEquals(Outcome.NOT_ELIGIBLE, hopeless.against(CRITERIA, ON));
  }
}
