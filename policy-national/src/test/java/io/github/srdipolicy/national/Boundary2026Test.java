package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.TierAnswer;
import io.github.srdipolicy.engine.ConditionResult;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The national rules in force from 2026-04-01, bound by bound, as NATIONAL-2026.md §4 and §8 state
 * them: a firm exactly at every bound is eligible, one value just past its bound makes it not
 * eligible, that value missing leaves it undetermined; then each route, the prerequisites with
 * valid and expired titles, and new applications against renewals.
 */
class Boundary2026Test {
  static final String TECH = "cn.tech-sme-2017.criteria";
  static final String SRDI = "cn.gradient-2026.srdi.criteria";
  static final String SRDI_RENEWAL = "cn.gradient-2026.srdi-renewal.criteria";
  static final String LG = "cn.gradient-2026.lg.criteria";
  static final String LG_ROUND = "cn.round-2026.lg.criteria";
  static final String LG_RENEWAL = "cn.gradient-2026.lg-renewal.criteria";
  static final LocalDate JUNE_2026 = LocalDate.of(2026, 6, 1);
  static final LocalDate JUNE_2027 = LocalDate.of(2027, 6, 1);

  /** The declarations of the common block of the 2026 measures, all met. */
  static Fixtures.Firm common(Fixtures.Firm f) {
    for (String key :
        List.of(
            "registered-independent-legal-person",
            "within-sme-size-standard",
            "not-on-abnormal-or-dishonesty-list",
            "products-not-prohibited-restricted-eliminated",
            "no-incidents-3y-2026-list",
            "no-data-fraud")) {
      f.declare(key, true);
    }
    return f;
  }

  /**
   * 115号 at its bounds: 30% staff (20 points) + R&D 5% of sales (40) + no IP (0) = 60; no direct
   * route.
   */
  static Fixtures.Firm techSme() {
    return new Fixtures.Firm()
        .declare("resident-enterprise-mainland", true)
        .declare("products-not-prohibited-restricted-eliminated", true)
        .declare("tech-sme-clean-record", true)
        .with(Indicators.EMPLOYEES, Quantity.count(500, Unit.PERSONS))
        .with(National.SALES_REVENUE, Quantity.yiYuan("2"))
        .with(National.TOTAL_ASSETS, Quantity.yiYuan("2"))
        .with(Indicators.TECH_STAFF_SHARE, Quantity.percent("30"))
        .with(National.RND_TO_SALES, Quantity.percent("5"))
        .with(National.RND_TO_COSTS, Quantity.percent("9.99"))
        .with(National.TECH_SME_IP_GRADE, Quantity.rank(6))
        .with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(false))
        .with(National.NATIONAL_ST_AWARD_RANK_5Y, Quantity.rank(4))
        .with(Indicators.RND_INSTITUTION_LEVEL, Quantity.level(RecognitionLevel.CITY))
        .with(National.LED_STANDARD_5Y, Quantity.flag(false));
  }

  /** 2号 annex 1 at its bounds, with a valid 科技型 title and no IP waiver. */
  static Fixtures.Firm srdi() {
    return common(new Fixtures.Firm())
        .holds("cn.tech-sme", LocalDate.of(2026, 3, 1))
        .with(Indicators.YEARS_IN_NICHE, Quantity.years("3"))
        .with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("1500"))
        .with(Indicators.EQUITY_FINANCING_2Y, Quantity.wanYuan("1999.99"))
        .with(Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("80"))
        .with(Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("80"))
        .with(National.RND_EXPENDITURE_EACH_2Y, Quantity.wanYuan("100"))
        .with(Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("3"))
        .with(National.CLASS_I_IP_LEADING_PRODUCT, Quantity.count(1, Unit.IP_ITEMS))
        .with(National.ST_AWARD_RANK_PROVINCIAL_OR_HIGHER_3Y, Quantity.rank(4))
        .with(Indicators.RND_INSTITUTION_LEVEL, Quantity.level(RecognitionLevel.CITY))
        .declare("leading-product-niche-position", true)
        .with(National.PLATFORM_SCORE, Quantity.points("50"))
        .with(National.PLATFORM_SCORE_BEST_2Y, Quantity.points("50"));
  }

  /**
   * 2号 annex 2 at its bounds, holding a valid SRDI title, with neither IP nor market alternative.
   */
  static Fixtures.Firm littleGiant() {
    return common(new Fixtures.Firm())
        .holds("cn.srdi-sme", LocalDate.of(2025, 1, 1))
        .with(Indicators.YEARS_IN_NICHE, Quantity.years("3"))
        .with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("5000"))
        .with(Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("90"))
        .with(National.REVENUE_CAGR, Quantity.percent("5"))
        .with(Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("75"))
        .with(Indicators.RND_EXPENDITURE_SUM_2Y, Quantity.wanYuan("1200"))
        .with(Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("3"))
        .with(National.CLASS_I_IP_LEADING_PRODUCT, Quantity.count(4, Unit.IP_ITEMS))
        .with(National.NATIONAL_ST_AWARD_RANK_3Y, Quantity.rank(4))
        .with(National.NICHE_MARKET_SHARE, Quantity.percent("10"))
        .with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(4))
        .declare("leading-product-reputation", true)
        .declare("leading-product-key-chain-link", true)
        .with(National.PLATFORM_SCORE, Quantity.points("60"))
        .with(National.PLATFORM_SCORE_BEST_2Y, Quantity.points("60"));
  }

  static Fixtures.Firm littleGiantRound2026() {
    return littleGiant()
        .declare("not-single-champion", true)
        .declare("no-control-link-with-little-giant", true)
        .declare("no-group-member-with-similar-product", true);
  }

  private static final Map<String, Supplier<Fixtures.Firm>> BASES =
      Map.of(
          TECH,
          Boundary2026Test::techSme,
          SRDI,
          Boundary2026Test::srdi,
          SRDI_RENEWAL,
          Boundary2026Test::srdi,
          LG,
          Boundary2026Test::littleGiant,
          LG_ROUND,
          Boundary2026Test::littleGiantRound2026,
          LG_RENEWAL,
          Boundary2026Test::littleGiant);
  private static final Map<String, LocalDate> DATES =
      Map.of(
          TECH,
          JUNE_2026,
          SRDI,
          JUNE_2026,
          SRDI_RENEWAL,
          JUNE_2026,
          LG,
          JUNE_2026,
          LG_ROUND,
          JUNE_2026,
          LG_RENEWAL,
          JUNE_2027);

  static Stream<String> bases() {
    return BASES.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bases")
  void firmAtEveryBound_isEligible(String criteria) {
    assertEquals(
        Outcome.ELIGIBLE, BASES.get(criteria).get().against(criteria, DATES.get(criteria)));
  }

  private static Arguments row(String criteria, Indicator indicator, Quantity justPast) {
    return Arguments.of(criteria, indicator.id().toString(), indicator, justPast);
  }

  /** (criteria, indicator, a value just past the bound as NATIONAL-2026.md gives it). */
  static Stream<Arguments> bounds() {
    List<Arguments> rows =
        new ArrayList<>(
            List.of(
                row(TECH, Indicators.EMPLOYEES, Quantity.count(501, Unit.PERSONS)),
                row(TECH, National.SALES_REVENUE, Quantity.wanYuan("20000.01")),
                row(TECH, National.TOTAL_ASSETS, Quantity.wanYuan("20000.01")),
                row(TECH, Indicators.TECH_STAFF_SHARE, Quantity.percent("29.99")),
                row(TECH, National.RND_TO_SALES, Quantity.percent("4.99")),
                row(SRDI, Indicators.YEARS_IN_NICHE, Quantity.years("2.99")),
                row(SRDI, Indicators.OPERATING_REVENUE, Quantity.wanYuan("1499.99")),
                row(SRDI, Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("79.99")),
                row(SRDI, Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("80.01")),
                row(SRDI, National.RND_EXPENDITURE_EACH_2Y, Quantity.wanYuan("99.99")),
                row(SRDI, Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("2.99")),
                row(SRDI, National.CLASS_I_IP_LEADING_PRODUCT, Quantity.count(0, Unit.IP_ITEMS)),
                row(SRDI, National.PLATFORM_SCORE, Quantity.points("49.99")),
                row(SRDI_RENEWAL, National.PLATFORM_SCORE_BEST_2Y, Quantity.points("49.99")),
                row(SRDI_RENEWAL, Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("80.01"))));
    for (String lg : List.of(LG, LG_ROUND, LG_RENEWAL)) {
      rows.addAll(
          List.of(
              row(lg, Indicators.YEARS_IN_NICHE, Quantity.years("2.99")),
              row(lg, Indicators.OPERATING_REVENUE, Quantity.wanYuan("4999.99")),
              row(lg, Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("89.99")),
              row(lg, Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("75.01")),
              row(lg, Indicators.RND_EXPENDITURE_SUM_2Y, Quantity.wanYuan("1199.99")),
              row(lg, Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("2.99")),
              row(lg, National.CLASS_I_IP_LEADING_PRODUCT, Quantity.count(3, Unit.IP_ITEMS)),
              row(lg, National.NICHE_MARKET_SHARE, Quantity.percent("9.99"))));
    }
    rows.add(row(LG, National.REVENUE_CAGR, Quantity.percent("4.99")));
    rows.add(row(LG_ROUND, National.REVENUE_CAGR, Quantity.percent("4.99")));
    rows.add(row(LG, National.PLATFORM_SCORE, Quantity.points("59.99")));
    rows.add(row(LG_ROUND, National.PLATFORM_SCORE, Quantity.points("59.99")));
    rows.add(row(LG_RENEWAL, National.PLATFORM_SCORE_BEST_2Y, Quantity.points("59.99")));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}: {1} just past the bound")
  @MethodSource("bounds")
  void justPastTheBound_isNotEligible(
      String criteria, String name, Indicator indicator, Quantity justPast) {
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        BASES.get(criteria).get().with(indicator, justPast).against(criteria, DATES.get(criteria)));
  }

  @ParameterizedTest(name = "{0}: {1} missing")
  @MethodSource("bounds")
  void missingValue_isUndetermined(
      String criteria, String name, Indicator indicator, Quantity justPast) {
    assertEquals(
        Outcome.UNDETERMINED,
        BASES.get(criteria).get().without(indicator).against(criteria, DATES.get(criteria)));
  }

  // ------------------------------------------------------------------ 科技型中小企业 (115号)

  @Test
  void techSme_staffItemMustScore_evenWithAHighTotal() {
    // 9% staff scores 0; R&D 6% of sales (50) and a Class I item (30) make 80, still not enough.
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        techSme()
            .with(Indicators.TECH_STAFF_SHARE, Quantity.percent("9"))
            .with(National.RND_TO_SALES, Quantity.percent("6"))
            .with(National.TECH_SME_IP_GRADE, Quantity.rank(1))
            .against(TECH, JUNE_2026));
  }

  @Test
  void techSme_rndScoredOnTheBetterBasis_andOneBasisAloneIsEnough() {
    // Sales basis 1% scores 0, costs basis 25% scores 40: 20 + 40 = 60 passes.
    assertEquals(
        Outcome.ELIGIBLE,
        techSme()
            .with(National.RND_TO_SALES, Quantity.percent("1"))
            .with(National.RND_TO_COSTS, Quantity.percent("25"))
            .against(TECH, JUNE_2026));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        techSme()
            .with(National.RND_TO_SALES, Quantity.percent("1"))
            .with(National.RND_TO_COSTS, Quantity.percent("24.99"))
            .against(TECH, JUNE_2026));
    assertEquals(
        Outcome.ELIGIBLE,
        techSme()
            .with(National.RND_TO_SALES, Quantity.percent("6"))
            .without(National.RND_TO_COSTS)
            .against(TECH, JUNE_2026));
  }

  @Test
  void techSme_directRoutes() {
    Fixtures.Firm failing = techSme().with(National.RND_TO_SALES, Quantity.percent("0"));
    assertEquals(Outcome.NOT_ELIGIBLE, failing.against(TECH, JUNE_2026));
    assertEquals(
        Outcome.ELIGIBLE,
        failing
            .copy()
            .with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(true))
            .against(TECH, JUNE_2026));
    assertEquals(
        Outcome.ELIGIBLE,
        failing
            .copy()
            .with(National.NATIONAL_ST_AWARD_RANK_5Y, Quantity.rank(3))
            .against(TECH, JUNE_2026));
    assertEquals(
        Outcome.ELIGIBLE,
        failing
            .copy()
            .with(Indicators.RND_INSTITUTION_LEVEL, Quantity.level(RecognitionLevel.PROVINCE))
            .against(TECH, JUNE_2026));
    assertEquals(
        Outcome.ELIGIBLE,
        failing
            .copy()
            .with(National.LED_STANDARD_5Y, Quantity.flag(true))
            .against(TECH, JUNE_2026));
    // The size limits bind every route.
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        failing
            .copy()
            .with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(true))
            .with(Indicators.EMPLOYEES, Quantity.count(501, Unit.PERSONS))
            .against(TECH, JUNE_2026));
  }

  // ------------------------------------------------------------------ 专精特新中小企业 (2号 annex 1)

  @Test
  void srdi_equityStandsInForRevenue_andAwardOrInstitutionWaiveTheIp() {
    assertEquals(
        Outcome.ELIGIBLE,
        srdi()
            .with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("1499.99"))
            .with(Indicators.EQUITY_FINANCING_2Y, Quantity.wanYuan("2000"))
            .against(SRDI, JUNE_2026));
    Fixtures.Firm noIp =
        srdi().with(National.CLASS_I_IP_LEADING_PRODUCT, Quantity.count(0, Unit.IP_ITEMS));
    assertEquals(
        Outcome.ELIGIBLE,
        noIp.copy()
            .with(National.ST_AWARD_RANK_PROVINCIAL_OR_HIGHER_3Y, Quantity.rank(3))
            .against(SRDI, JUNE_2026));
    assertEquals(
        Outcome.ELIGIBLE,
        noIp.copy()
            .with(Indicators.RND_INSTITUTION_LEVEL, Quantity.level(RecognitionLevel.PROVINCE))
            .against(SRDI, JUNE_2026));
  }

  @Test
  void srdi_rndEachYear_oneYearShortFails() {
    // 100万 in one year and 99.99万 in the other: the lower year decides.
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        srdi()
            .with(National.RND_EXPENDITURE_EACH_2Y, Quantity.wanYuan("99.99"))
            .against(SRDI, JUNE_2026));
  }

  @Test
  void srdi_prerequisite_validTechSmeOnly_expiredInnovativeOnly_unknown() {
    Fixtures.Firm none = srdi();
    none.tiers.clear();
    assertEquals(
        Outcome.ELIGIBLE, srdi().against(SRDI, JUNE_2026), "a valid 科技型 title alone is enough");
    Fixtures.Firm expiredIsme = none.copy().holds("cn.innovative-sme", LocalDate.of(2023, 5, 1));
    assertEquals(
        Outcome.NOT_ELIGIBLE, expiredIsme.against(SRDI, JUNE_2026), "创新型 expired on 2026-05-01");
    assertEquals(Outcome.ELIGIBLE, expiredIsme.against(SRDI, LocalDate.of(2026, 4, 30)));
    Fixtures.Firm expiredTech = none.copy().holds("cn.tech-sme", LocalDate.of(2025, 5, 1));
    assertEquals(
        Outcome.NOT_ELIGIBLE, expiredTech.against(SRDI, JUNE_2026), "科技型 is valid for 1 year only");
    EligibilityReport r =
        CATALOG.evaluator().evaluate(Fixtures.criteria(SRDI), expiredTech.profile(), JUNE_2026);
    assertTrue(
        details(r.tracks().get(0).trace())
            .contains("requires cn.tech-sme: held, expired 2026-05-01"),
        r.toString());
    EnterpriseProfile unknown =
        EnterpriseProfile.builder().from(none.profile()).tiersComplete(false).build();
    assertEquals(
        Outcome.UNDETERMINED,
        CATALOG.evaluator().evaluate(Fixtures.criteria(SRDI), unknown, JUNE_2026).outcome());
  }

  @Test
  void srdi_qualitativeNeverPassesWithoutADeclaration() {
    Fixtures.Firm f = srdi();
    f.declarations.remove("leading-product-niche-position");
    assertEquals(Outcome.UNDETERMINED, f.against(SRDI, JUNE_2026));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        f.copy().declare("leading-product-niche-position", false).against(SRDI, JUNE_2026));
    Fixtures.Firm commonMissing = srdi();
    commonMissing.declarations.remove("no-data-fraud");
    assertEquals(Outcome.UNDETERMINED, commonMissing.against(SRDI, JUNE_2026));
  }

  @Test
  void srdi_newOn20260331IsJudgedUnder63_on20260401Under2() {
    assertEquals(
        "cn.gradient-2022.srdi.criteria",
        answer(srdi(), ApplicationKind.NEW, LocalDate.of(2026, 3, 31), National.SRDI_SME)
            .answer()
            .criteria()
            .toString());
    assertEquals(
        SRDI,
        answer(srdi(), ApplicationKind.NEW, LocalDate.of(2026, 4, 1), National.SRDI_SME)
            .answer()
            .criteria()
            .toString());
  }

  @Test
  void srdi_renewalUsesTheBetterScoreOfTwoYears() {
    TierAnswer a =
        answer(
            srdi().with(National.PLATFORM_SCORE, Quantity.points("45")),
            ApplicationKind.RENEWAL,
            JUNE_2026,
            National.SRDI_SME);
    assertEquals(SRDI_RENEWAL, a.answer().criteria().toString());
    assertEquals(
        Outcome.ELIGIBLE,
        a.answer().outcome(),
        "this year's 45 does not matter when last year's was 50");
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        answer(
                srdi().with(National.PLATFORM_SCORE, Quantity.points("45")),
                ApplicationKind.NEW,
                JUNE_2026,
                National.SRDI_SME)
            .answer()
            .outcome());
  }

  // ------------------------------------------------------------------ "小巨人" (2号 annex 2, 117号, 63号
  // annex 3)

  @Test
  void littleGiant_alternatives() {
    assertEquals(
        Outcome.ELIGIBLE,
        littleGiant()
            .with(National.CLASS_I_IP_LEADING_PRODUCT, Quantity.count(3, Unit.IP_ITEMS))
            .with(National.NATIONAL_ST_AWARD_RANK_3Y, Quantity.rank(3))
            .against(LG, JUNE_2026));
    assertEquals(
        Outcome.ELIGIBLE,
        littleGiant()
            .with(National.NICHE_MARKET_SHARE, Quantity.percent("9.99"))
            .with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(3))
            .against(LG, JUNE_2026));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        littleGiant()
            .with(National.NICHE_MARKET_SHARE, Quantity.percent("9.99"))
            .with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(4))
            .against(LG, JUNE_2026));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        littleGiant()
            .with(Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("2.99"))
            .against(LG, JUNE_2026),
        "1200万 in sum but 2.99% in one year");
  }

  @Test
  void littleGiant_growthTestedForNewApplicationsOnly() {
    Fixtures.Firm slow = littleGiant().with(National.REVENUE_CAGR, Quantity.percent("4"));
    assertEquals(Outcome.NOT_ELIGIBLE, slow.against(LG, JUNE_2026));
    assertEquals(Outcome.ELIGIBLE, slow.against(LG_RENEWAL, JUNE_2027));
    TierAnswer renewal2027 =
        answer(slow, ApplicationKind.RENEWAL, JUNE_2027, National.LITTLE_GIANT);
    assertEquals(LG_RENEWAL, renewal2027.answer().criteria().toString());
    assertEquals(Outcome.ELIGIBLE, renewal2027.answer().outcome());
  }

  @Test
  void littleGiant_renewalIn2026_isJudgedUnderThe2022Standard() {
    // 70% main business passes annex 3 of 63号 (2026 renewals) though annex 2 of 2号 asks for 90%.
    Fixtures.Firm firm =
        BoundaryTest.littleGiant2022().holds("cn.srdi-sme", LocalDate.of(2025, 1, 1));
    TierAnswer renewal = answer(firm, ApplicationKind.RENEWAL, JUNE_2026, National.LITTLE_GIANT);
    assertEquals("cn.gradient-2022.lg.criteria", renewal.answer().criteria().toString());
    assertEquals(Outcome.ELIGIBLE, renewal.answer().outcome());
    TierAnswer fresh = answer(firm, ApplicationKind.NEW, JUNE_2026, National.LITTLE_GIANT);
    assertEquals(LG_ROUND, fresh.answer().criteria().toString());
    assertEquals(Outcome.NOT_ELIGIBLE, fresh.answer().outcome());
  }

  @Test
  void littleGiant_round2026_exclusionsForNewApplications_theStandardAlsoInForce() {
    TierAnswer a =
        answer(littleGiantRound2026(), ApplicationKind.NEW, JUNE_2026, National.LITTLE_GIANT);
    assertEquals(LG_ROUND, a.answer().criteria().toString());
    assertEquals(Outcome.ELIGIBLE, a.answer().outcome());
    assertEquals(List.of(LG), a.alsoInForce().stream().map(r -> r.criteria().toString()).toList());
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        littleGiantRound2026().declare("not-single-champion", false).against(LG_ROUND, JUNE_2026));
    assertEquals(
        Outcome.UNDETERMINED,
        littleGiant().against(LG_ROUND, JUNE_2026),
        "exclusions not declared");
    assertEquals(
        LG,
        answer(littleGiant(), ApplicationKind.NEW, JUNE_2027, National.LITTLE_GIANT)
            .answer()
            .criteria()
            .toString());
  }

  @Test
  void littleGiant_prerequisiteSrdiMustBeValid() {
    Fixtures.Firm expired = littleGiant();
    expired.tiers.clear();
    expired.holds("cn.srdi-sme", LocalDate.of(2023, 1, 1));
    assertEquals(Outcome.NOT_ELIGIBLE, expired.against(LG, JUNE_2026));
    Fixtures.Firm noReputation = littleGiant();
    noReputation.declarations.remove("leading-product-reputation");
    assertEquals(Outcome.UNDETERMINED, noReputation.against(LG, JUNE_2026));
  }

  // ------------------------------------------------------------------ the ladder

  @Test
  void ladderOn20261201_bottomToTop_oneAnswerPerTier() {
    List<TierId> tiers =
        CATALOG.answers(srdi().profile(), LocalDate.of(2026, 12, 1)).stream()
            .map(TierAnswer::tier)
            .toList();
    assertEquals(
        List.of(
            National.TECH_SME,
            National.INNOVATIVE_SME,
            National.SRDI_SME,
            National.LITTLE_GIANT,
            National.SINGLE_CHAMPION),
        tiers);
  }

  private static TierAnswer answer(
      Fixtures.Firm firm, ApplicationKind kind, LocalDate date, TierId tier) {
    EnterpriseProfile p =
        EnterpriseProfile.builder().from(firm.profile()).applicationKind(kind).build();
    return CATALOG.answers(p, date).stream()
        .filter(a -> a.tier().equals(tier))
        .findFirst()
        .orElseThrow();
  }

  private static String details(ConditionResult r) {
    StringBuilder s = new StringBuilder(r.detail().orElse("")).append('\n');
    r.children().forEach(c -> s.append(details(c)));
    return s.toString();
  }
}
