package io.github.srdipolicy.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Boundary profiles: a firm exactly at every bound of a criteria set is eligible; moving one value
 * just past its bound makes it not eligible; removing that value leaves it undetermined. The firms
 * meet no alternative route, so that each value decides on its own. The 2026 sets are in {@link
 * Boundary2026Test}.
 */
class BoundaryTest {
  private static final String A3_LG = "cn.cited-2022.lg.criteria";
  private static final String A3_SC = "cn.cited-2022.sc.criteria";
  private static final String G22_SRDI = "cn.gradient-2022.srdi.criteria";
  private static final String G22_LG = "cn.gradient-2022.lg.criteria";
  private static final String C16 = "cn.champion-2016.criteria";
  private static final String C23 = "cn.champion-2023.criteria";

  private static final LocalDate MAY_2022 = LocalDate.of(2022, 5, 1);
  private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);
  private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

  static Fixtures.Firm annexLittleGiant() {
    return new Fixtures.Firm()
        .with(Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("70"))
        .with(Indicators.MARKET_RANK_PROVINCE, Quantity.rank(3))
        .with(Indicators.YEARS_IN_NICHE, Quantity.years("3"))
        .with(Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("70"))
        .with(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Quantity.percent("5"))
        .with(Indicators.NET_PROFIT_GROWTH_AVG_2Y, Quantity.percent("4.99"))
        .with(Indicators.INVENTION_PATENTS, Quantity.count(2, Unit.IP_ITEMS))
        .with(Indicators.UTILITY_MODEL_PATENTS, Quantity.count(4, Unit.IP_ITEMS))
        .with(Indicators.DESIGN_PATENTS, Quantity.count(0, Unit.IP_ITEMS))
        .with(Indicators.SOFTWARE_COPYRIGHTS, Quantity.count(0, Unit.IP_ITEMS))
        .with(Indicators.MANAGEMENT_CERTIFICATION, Quantity.flag(true))
        .declare("own-or-joint-rnd-institution", true)
        .with(Indicators.CORE_BUSINESS_IT_SYSTEM, Quantity.flag(true))
        .with(Indicators.OPERATING_REVENUE, Quantity.yiYuan("1"))
        .with(Indicators.RND_INTENSITY_2Y, Quantity.percent("3"));
  }

  static Fixtures.Firm annexChampion() {
    return new Fixtures.Firm()
        .with(Indicators.SAFETY_ENVIRONMENT_VIOLATIONS_3Y, Quantity.count(0, Unit.EVENTS))
        .declare("brand-strategy-with-results", true)
        .declare("product-in-key-field", true)
        .declare("margin-above-industry", true)
        .declare("internationally-leading-technology", true)
        .with(Indicators.OPERATING_REVENUE, Quantity.yiYuan("4"))
        .holds(NationalTiers.LITTLE_GIANT.toString(), LocalDate.of(2021, 7, 1))
        .with(Indicators.YEARS_IN_FIELD, Quantity.years("10"))
        .with(Indicators.YEARS_IN_NEW_PRODUCT, Quantity.years("2.9"))
        .with(Indicators.MAIN_PRODUCT_SHARE, Quantity.percent("70"));
  }

  static Fixtures.Firm srdi2022() {
    return new Fixtures.Firm()
        .with(Indicators.YEARS_IN_NICHE, Quantity.years("2"))
        .with(Indicators.RND_EXPENDITURE, Quantity.wanYuan("100"))
        .with(Indicators.RND_INTENSITY, Quantity.percent("3"))
        .with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("1000"))
        .with(Indicators.EQUITY_FINANCING_2Y, Quantity.wanYuan("0"))
        .with(National.SRDI_SCORE, Quantity.points("60"))
        .with(National.PROVINCIAL_ST_AWARD_RANK_3Y, Quantity.rank(4))
        .with(National.NATIONAL_ST_AWARD_RANK_3Y, Quantity.rank(6))
        .with(Indicators.RND_EXPENDITURE_AVG_2Y, Quantity.wanYuan("999.99"))
        .with(National.MAKER_CHINA_RANK_3Y, Quantity.rank(501));
  }

  static Fixtures.Firm littleGiant2022() {
    return new Fixtures.Firm()
        .with(Indicators.YEARS_IN_NICHE, Quantity.years("3"))
        .with(Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("70"))
        .with(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Quantity.percent("5"))
        .with(Indicators.CORE_BUSINESS_IT_SYSTEM, Quantity.flag(true))
        .declare("management-or-developed-country-certification", true)
        .with(Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("70"))
        .with(Indicators.MARKET_SHARE_NATIONAL, Quantity.percent("10"))
        .declare("own-competitive-brand", true)
        .with(Indicators.OPERATING_REVENUE, Quantity.yiYuan("1"))
        .with(Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("3"))
        .declare("own-or-joint-rnd-institution", true)
        .with(National.CLASS_I_IP_LEADING_PRODUCT, Quantity.count(2, Unit.IP_ITEMS))
        .with(National.NATIONAL_ST_AWARD_RANK_3Y, Quantity.rank(4))
        .with(National.MAKER_CHINA_RANK_3Y, Quantity.rank(51))
        .declare("supply-chain-role", true)
        .declare("leading-product-field", true);
  }

  static Fixtures.Firm champion2016() {
    return new Fixtures.Firm()
        .with(Indicators.MAIN_PRODUCT_SHARE, Quantity.percent("70"))
        .with(Indicators.MARKET_RANK_GLOBAL, Quantity.rank(3))
        .with(Indicators.YEARS_IN_FIELD, Quantity.years("10"))
        .with(Indicators.YEARS_IN_NEW_PRODUCT, Quantity.years("2.99"))
        .declare("margin-above-industry", true)
        .declare("own-core-ip", true);
  }

  static Fixtures.Firm champion2023() {
    return new Fixtures.Firm()
        .with(Indicators.YEARS_IN_FIELD, Quantity.years("10"))
        .with(Indicators.YEARS_IN_NEW_PRODUCT, Quantity.years("4.99"))
        .with(Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y, Quantity.yiYuan("4"))
        .with(Indicators.MARKET_RANK_GLOBAL, Quantity.rank(3))
        .declare("no-major-incidents-3y-champion-list", true)
        .declare("no-tax-evasion-3y", true)
        .declare("no-data-fraud-3y", true);
  }

  private static final Map<String, Supplier<Fixtures.Firm>> BASES =
      Map.of(
          A3_LG,
          BoundaryTest::annexLittleGiant,
          A3_SC,
          BoundaryTest::annexChampion,
          G22_SRDI,
          BoundaryTest::srdi2022,
          G22_LG,
          BoundaryTest::littleGiant2022,
          C16,
          BoundaryTest::champion2016,
          C23,
          BoundaryTest::champion2023);
  private static final Map<String, LocalDate> DATES =
      Map.of(
          A3_LG, MAY_2022, A3_SC, MAY_2022, G22_SRDI, Y2023, G22_LG, Y2023, C16, Y2023, C23, Y2024);

  @ParameterizedTest(name = "{0}")
  @MethodSource("bases")
  void firmAtEveryBound_isEligible(String criteria) {
    assertEquals(
        Outcome.ELIGIBLE, BASES.get(criteria).get().against(criteria, DATES.get(criteria)));
  }

  static Stream<String> bases() {
    return BASES.keySet().stream().sorted();
  }

  private static Arguments row(String criteria, Indicator indicator, Quantity justPast) {
    return Arguments.of(criteria, indicator.id().toString(), indicator, justPast);
  }

  /** (criteria, indicator, a value just past the bound typed from the text). */
  static Stream<Arguments> bounds() {
    return Stream.of(
        row(A3_LG, Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("69.99")),
        row(A3_LG, Indicators.MARKET_RANK_PROVINCE, Quantity.rank(4)),
        row(A3_LG, Indicators.YEARS_IN_NICHE, Quantity.years("2.99")),
        row(A3_LG, Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("70.01")),
        row(A3_LG, Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Quantity.percent("4.99")),
        row(A3_LG, Indicators.INVENTION_PATENTS, Quantity.count(1, Unit.IP_ITEMS)),
        row(A3_LG, Indicators.MANAGEMENT_CERTIFICATION, Quantity.flag(false)),
        row(A3_LG, Indicators.CORE_BUSINESS_IT_SYSTEM, Quantity.flag(false)),
        row(A3_LG, Indicators.RND_INTENSITY_2Y, Quantity.percent("2.99")),
        row(A3_SC, Indicators.SAFETY_ENVIRONMENT_VIOLATIONS_3Y, Quantity.count(1, Unit.EVENTS)),
        row(A3_SC, Indicators.YEARS_IN_FIELD, Quantity.years("9.99")),
        row(A3_SC, Indicators.MAIN_PRODUCT_SHARE, Quantity.percent("69.99")),
        row(G22_SRDI, Indicators.YEARS_IN_NICHE, Quantity.years("1.99")),
        row(G22_SRDI, Indicators.RND_EXPENDITURE, Quantity.wanYuan("99.99")),
        row(G22_SRDI, Indicators.RND_INTENSITY, Quantity.percent("2.99")),
        row(G22_SRDI, National.SRDI_SCORE, Quantity.points("59.99")),
        row(G22_LG, Indicators.YEARS_IN_NICHE, Quantity.years("2.99")),
        row(G22_LG, Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("69.99")),
        row(G22_LG, Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Quantity.percent("4.99")),
        row(G22_LG, Indicators.CORE_BUSINESS_IT_SYSTEM, Quantity.flag(false)),
        row(G22_LG, Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("70.01")),
        row(G22_LG, Indicators.MARKET_SHARE_NATIONAL, Quantity.percent("9.99")),
        row(G22_LG, Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("2.99")),
        row(G22_LG, National.CLASS_I_IP_LEADING_PRODUCT, Quantity.count(1, Unit.IP_ITEMS)),
        row(C16, Indicators.MAIN_PRODUCT_SHARE, Quantity.percent("69.99")),
        row(C16, Indicators.MARKET_RANK_GLOBAL, Quantity.rank(4)),
        row(C16, Indicators.YEARS_IN_FIELD, Quantity.years("9.99")),
        row(C23, Indicators.YEARS_IN_FIELD, Quantity.years("9.99")),
        row(C23, Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y, Quantity.wanYuan("39999.99")),
        row(C23, Indicators.MARKET_RANK_GLOBAL, Quantity.rank(4)));
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

  @Test
  void annexLittleGiant_otherIpCountsTheThreeKindsTogether() {
    Fixtures.Firm firm =
        annexLittleGiant()
            .with(Indicators.INVENTION_PATENTS, Quantity.count(1, Unit.IP_ITEMS))
            .with(Indicators.UTILITY_MODEL_PATENTS, Quantity.count(3, Unit.IP_ITEMS))
            .with(Indicators.DESIGN_PATENTS, Quantity.count(1, Unit.IP_ITEMS))
            .with(Indicators.SOFTWARE_COPYRIGHTS, Quantity.count(1, Unit.IP_ITEMS));
    assertEquals(Outcome.ELIGIBLE, firm.against(A3_LG, MAY_2022));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        firm.with(Indicators.SOFTWARE_COPYRIGHTS, Quantity.count(0, Unit.IP_ITEMS))
            .against(A3_LG, MAY_2022));
  }

  @Test
  void annexLittleGiant_netProfitGrowthIsAnAlternative() {
    assertEquals(
        Outcome.ELIGIBLE,
        annexLittleGiant()
            .with(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Quantity.percent("0"))
            .with(Indicators.NET_PROFIT_GROWTH_AVG_2Y, Quantity.percent("5"))
            .against(A3_LG, MAY_2022));
  }

  @Test
  void annexLittleGiant_rndBands() {
    // [5000万, 1亿): 6%
    Fixtures.Firm mid =
        annexLittleGiant()
            .with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("5000"))
            .with(Indicators.RND_INTENSITY_2Y, Quantity.percent("6"));
    assertEquals(Outcome.ELIGIBLE, mid.against(A3_LG, MAY_2022));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        mid.copy()
            .with(Indicators.RND_INTENSITY_2Y, Quantity.percent("5.99"))
            .against(A3_LG, MAY_2022));
    // Just under 1亿 the 6% band applies, so 3% no longer suffices.
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        annexLittleGiant()
            .with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("9999.99"))
            .against(A3_LG, MAY_2022));
    // Below 5000万: equity 8000万, R&D 3000万, staff 50% and a reviewed breakthrough.
    Fixtures.Firm small =
        annexLittleGiant()
            .with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("4999.99"))
            .with(Indicators.EQUITY_FINANCING_2Y, Quantity.wanYuan("8000"))
            .with(Indicators.RND_EXPENDITURE_SUM_2Y, Quantity.wanYuan("3000"))
            .with(Indicators.RND_STAFF_SHARE, Quantity.percent("50"))
            .declare("key-field-breakthrough", true);
    assertEquals(Outcome.ELIGIBLE, small.against(A3_LG, MAY_2022));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        small
            .copy()
            .with(Indicators.EQUITY_FINANCING_2Y, Quantity.wanYuan("7999.99"))
            .against(A3_LG, MAY_2022));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        small
            .copy()
            .with(Indicators.RND_EXPENDITURE_SUM_2Y, Quantity.wanYuan("2999.99"))
            .against(A3_LG, MAY_2022));
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        small
            .copy()
            .with(Indicators.RND_STAFF_SHARE, Quantity.percent("49.99"))
            .against(A3_LG, MAY_2022));
    Fixtures.Firm unreviewed = small.copy();
    unreviewed.declarations.remove("key-field-breakthrough");
    assertEquals(Outcome.UNDETERMINED, unreviewed.against(A3_LG, MAY_2022));
    // Without revenue the bands disagree (3% passes the top band, fails the middle one).
    assertEquals(
        Outcome.UNDETERMINED,
        annexLittleGiant().without(Indicators.OPERATING_REVENUE).against(A3_LG, MAY_2022));
  }

  @Test
  void annexChampion_below4YiMustHoldLittleGiant() {
    Fixtures.Firm noTier = annexChampion();
    noTier.tiers.clear();
    assertEquals(Outcome.NOT_ELIGIBLE, noTier.against(A3_SC, MAY_2022), "4亿 is inside 4亿元以下");
    assertEquals(
        Outcome.ELIGIBLE,
        noTier
            .copy()
            .with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("40000.01"))
            .against(A3_SC, MAY_2022));
    assertEquals(
        Outcome.UNDETERMINED,
        noTier.copy().without(Indicators.OPERATING_REVENUE).against(A3_SC, MAY_2022));
    // Recognised only after the evaluation date: not yet held.
    Fixtures.Firm later =
        noTier.copy().holds(NationalTiers.LITTLE_GIANT.toString(), LocalDate.of(2022, 7, 1));
    assertEquals(Outcome.NOT_ELIGIBLE, later.against(A3_SC, MAY_2022));
    assertEquals(
        Outcome.ELIGIBLE,
        annexChampion()
            .with(Indicators.YEARS_IN_FIELD, Quantity.years("1"))
            .with(Indicators.YEARS_IN_NEW_PRODUCT, Quantity.years("3"))
            .against(A3_SC, MAY_2022));
  }

  @Test
  void annexChampionProduct_doesNotNeedTheSeventyPercentShare_butSharesRowsOneToSix() {
    String product = "cn.cited-2022.scp.criteria";
    Fixtures.Firm diversified =
        annexChampion().with(Indicators.MAIN_PRODUCT_SHARE, Quantity.percent("40"));
    assertEquals(
        Outcome.NOT_ELIGIBLE, diversified.against(A3_SC, MAY_2022), "row 7 binds enterprises");
    assertEquals(
        Outcome.ELIGIBLE,
        diversified.against(product, MAY_2022),
        "row 7 has an empty product cell");
    assertEquals(
        Outcome.ELIGIBLE,
        diversified.copy().without(Indicators.MAIN_PRODUCT_SHARE).against(product, MAY_2022));
    Fixtures.Firm noTier = diversified.copy();
    noTier.tiers.clear();
    assertEquals(
        Outcome.NOT_ELIGIBLE, noTier.against(product, MAY_2022), "row 4 spans both columns");
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        diversified
            .copy()
            .with(Indicators.YEARS_IN_FIELD, Quantity.years("9.99"))
            .against(product, MAY_2022),
        "row 6 spans both columns");
    assertEquals(
        Outcome.NOT_ELIGIBLE,
        diversified
            .copy()
            .with(Indicators.SAFETY_ENVIRONMENT_VIOLATIONS_3Y, Quantity.count(1, Unit.EVENTS))
            .against(product, MAY_2022));
  }

  @Test
  void srdi2022_belowTenMillionNeedsEquity() {
    Fixtures.Firm small = srdi2022().with(Indicators.OPERATING_REVENUE, Quantity.wanYuan("999.99"));
    assertEquals(Outcome.NOT_ELIGIBLE, small.against(G22_SRDI, Y2023));
    assertEquals(
        Outcome.ELIGIBLE,
        small
            .copy()
            .with(Indicators.EQUITY_FINANCING_2Y, Quantity.wanYuan("2000"))
            .against(G22_SRDI, Y2023));
  }

  @Test
  void srdi2022_directRoutesReplaceTheScore() {
    Fixtures.Firm low = srdi2022().with(National.SRDI_SCORE, Quantity.points("10"));
    assertEquals(Outcome.NOT_ELIGIBLE, low.against(G22_SRDI, Y2023));
    assertEquals(
        Outcome.ELIGIBLE,
        low.copy()
            .with(National.PROVINCIAL_ST_AWARD_RANK_3Y, Quantity.rank(3))
            .against(G22_SRDI, Y2023));
    assertEquals(
        Outcome.ELIGIBLE,
        low.copy()
            .with(National.NATIONAL_ST_AWARD_RANK_3Y, Quantity.rank(5))
            .against(G22_SRDI, Y2023));
    assertEquals(
        Outcome.ELIGIBLE,
        low.copy()
            .with(Indicators.RND_EXPENDITURE_AVG_2Y, Quantity.wanYuan("1000"))
            .against(G22_SRDI, Y2023));
    assertEquals(
        Outcome.ELIGIBLE,
        low.copy()
            .with(Indicators.EQUITY_FINANCING_2Y, Quantity.wanYuan("6000"))
            .against(G22_SRDI, Y2023));
    assertEquals(
        Outcome.ELIGIBLE,
        low.copy().with(National.MAKER_CHINA_RANK_3Y, Quantity.rank(500)).against(G22_SRDI, Y2023));
  }

  @Test
  void littleGiant2022_directRouteStandsInForTheInnovationConditions() {
    Fixtures.Firm weak =
        littleGiant2022().with(Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("1"));
    assertEquals(Outcome.NOT_ELIGIBLE, weak.against(G22_LG, Y2023));
    assertEquals(
        Outcome.ELIGIBLE,
        weak.copy()
            .with(National.NATIONAL_ST_AWARD_RANK_3Y, Quantity.rank(3))
            .against(G22_LG, Y2023));
    assertEquals(
        Outcome.ELIGIBLE,
        weak.copy().with(National.MAKER_CHINA_RANK_3Y, Quantity.rank(50)).against(G22_LG, Y2023));
  }
}
