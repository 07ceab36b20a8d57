package io.github.srdipolicy.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Worked examples computed by hand, missing figures, zero denominators and invalid input. */
class ProfileFromFiguresTest {
  /** Figures in 万元 (the head counts as they are): one year of a growing firm. */
  private static YearlyFigures year(
      int year,
      String opRev,
      String mbRev,
      String rnd,
      String totalProfit,
      String netProfit,
      String assets,
      String liabilities,
      int employees,
      int rndStaff) {
    return YearlyFigures.builder()
        .year(year)
        .operatingRevenue(Quantity.wanYuan(opRev))
        .mainBusinessRevenue(Quantity.wanYuan(mbRev))
        .rndExpenditure(Quantity.wanYuan(rnd))
        .totalProfit(Quantity.wanYuan(totalProfit))
        .netProfit(Quantity.wanYuan(netProfit))
        .totalAssets(Quantity.wanYuan(assets))
        .totalLiabilities(Quantity.wanYuan(liabilities))
        .employees(employees)
        .rndStaff(rndStaff)
        .build();
  }

  //                                        opRev  mbRev  R&D  profit net  assets  liab.  staff R&D
  // staff
  static final YearlyFigures Y2020 =
      year(2020, "4000", "3600", "160", "300", "250", "5000", "2000", 90, 9);
  static final YearlyFigures Y2021 =
      year(2021, "5000", "4500", "200", "400", "300", "6000", "3000", 100, 12);
  static final YearlyFigures Y2022 =
      year(2022, "6000", "5400", "300", "500", "360", "8000", "4000", 120, 18);
  static final YearlyFigures Y2023 =
      year(2023, "7500", "6000", "450", "700", "450", "10000", "6500", 150, 30);
  static final List<YearlyFigures> FOUR_YEARS = List.of(Y2020, Y2021, Y2022, Y2023);

  /** Reference year 2023; every expected value worked out by hand from the table above. */
  static Stream<Arguments> workedExample() {
    return Stream.of(
        // PRIOR_YEAR figures are those of 2023, in the indicator's unit.
        Arguments.of(Indicators.OPERATING_REVENUE, Quantity.wanYuan("7500")),
        Arguments.of(Indicators.MAIN_BUSINESS_REVENUE, Quantity.wanYuan("6000")),
        Arguments.of(Indicators.TOTAL_PROFIT, Quantity.wanYuan("700")),
        Arguments.of(Indicators.NET_PROFIT, Quantity.wanYuan("450")),
        Arguments.of(Indicators.RND_EXPENDITURE, Quantity.wanYuan("450")),
        Arguments.of(Indicators.EMPLOYEES, Quantity.count(150, Unit.PERSONS)),
        // 300 + 450 = 750; mean 375.
        Arguments.of(Indicators.RND_EXPENDITURE_SUM_2Y, Quantity.wanYuan("750")),
        Arguments.of(Indicators.RND_EXPENDITURE_AVG_2Y, Quantity.wanYuan("375")),
        // main-business revenue 2021..2023: (4500 + 5400 + 6000) / 3 = 5300万元 = 0.53亿元.
        Arguments.of(Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y, Quantity.yiYuan("0.53")),
        // 450 / 7500 = 6%.
        Arguments.of(Indicators.RND_INTENSITY, Quantity.percent("6")),
        // (300 + 450) / (6000 + 7500) = 750 / 13500 = 5.5555…% → 5.555556%.
        Arguments.of(Indicators.RND_INTENSITY_2Y, Quantity.percent("5.555556")),
        // min(300/6000 = 5%, 450/7500 = 6%) = 5%.
        Arguments.of(Indicators.RND_INTENSITY_EACH_2Y, Quantity.percent("5")),
        // mean(200/5000 = 4%, 5%, 6%) = 5%.
        Arguments.of(Indicators.RND_INTENSITY_AVG, Quantity.percent("5")),
        // 6000 / 7500 = 80%.
        Arguments.of(Indicators.MAIN_BUSINESS_SHARE, Quantity.percent("80")),
        // 6500 / 10000 = 65%.
        Arguments.of(Indicators.DEBT_TO_ASSET_RATIO, Quantity.percent("65")),
        // 450 / 7500 = 6%.
        Arguments.of(Indicators.NET_MARGIN, Quantity.percent("6")),
        // 30 / 150 = 20%.
        Arguments.of(Indicators.RND_STAFF_SHARE, Quantity.percent("20")),
        // (6000 − 5400) / 5400 = 1/9 = 11.1111…% → 11.111111%.
        Arguments.of(Indicators.MAIN_BUSINESS_GROWTH, Quantity.percent("11.111111")),
        // mean((5400 − 4500)/4500 = 20%, 11.1111…%) = 15.5555…% → 15.555556%.
        Arguments.of(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Quantity.percent("15.555556")),
        // mean((360 − 300)/300 = 20%, (450 − 360)/360 = 25%) = 22.5%.
        Arguments.of(Indicators.NET_PROFIT_GROWTH_AVG_2Y, Quantity.percent("22.5")),
        // mean(1000/4000 = 25%, 1000/5000 = 20%, 1500/6000 = 25%) = 70/3 % → 23.333333%.
        Arguments.of(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y, Quantity.percent("23.333333")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workedExample")
  void workedExample_fourYearsOfAccounts(Indicator indicator, Quantity expected) {
    Quantity actual = ProfileFromFigures.derive(FOUR_YEARS, 2023).get(indicator.id());
    assertSame(expected, actual);
    assertEquals(indicator.unit(), actual.unit(), "returned in the indicator's unit");
  }

  @Test
  void workedExample_derivesEveryDerivableIndicatorAndNothingElse() {
    assertEquals(
        ProfileFromFigures.derivable().stream().map(Indicator::id).toList(),
        List.copyOf(ProfileFromFigures.derive(FOUR_YEARS, 2023).keySet()));
    assertEquals(workedExample().count(), ProfileFromFigures.derivable().size());
  }

  @Test
  void laterYearsAreIgnored_earlierReferenceYearUsesEarlierWindow() {
    Map<IndicatorId, Quantity> v = ProfileFromFigures.derive(FOUR_YEARS, 2022);
    // 300 / 6000 = 5%; (200 + 300) / (5000 + 6000) = 4.5454…% → 4.545455%.
    assertSame(Quantity.percent("5"), v.get(Indicators.RND_INTENSITY.id()));
    assertSame(Quantity.percent("4.545455"), v.get(Indicators.RND_INTENSITY_2Y.id()));
    // only 2020..2022: one growth rate short of the three-year average.
    assertFalse(v.containsKey(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y.id()));
  }

  @Test
  void threeYears_enoughForTwoYearGrowthButNotForThreeYearGrowth() {
    Map<IndicatorId, Quantity> v = ProfileFromFigures.derive(List.of(Y2021, Y2022, Y2023), 2023);
    assertFalse(v.containsKey(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y.id()));
    assertSame(Quantity.percent("15.555556"), v.get(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y.id()));
    assertSame(Quantity.percent("5"), v.get(Indicators.RND_INTENSITY_AVG.id()));
    assertSame(Quantity.yiYuan("0.53"), v.get(Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y.id()));
  }

  @Test
  void missingFigureInOneYear_leavesOnlyTheIndicatorsNeedingItAbsent() {
    YearlyFigures noRnd2022 =
        YearlyFigures.builder().from(Y2022).rndExpenditure(java.util.Optional.empty()).build();
    Map<IndicatorId, Quantity> v =
        ProfileFromFigures.derive(List.of(Y2020, Y2021, noRnd2022, Y2023), 2023);
    for (Indicator needs2022Rnd :
        List.of(
            Indicators.RND_EXPENDITURE_SUM_2Y,
            Indicators.RND_EXPENDITURE_AVG_2Y,
            Indicators.RND_INTENSITY_2Y,
            Indicators.RND_INTENSITY_EACH_2Y,
            Indicators.RND_INTENSITY_AVG)) {
      assertFalse(
          v.containsKey(needs2022Rnd.id()), needs2022Rnd.id() + " must be absent, not zero");
    }
    assertSame(Quantity.percent("6"), v.get(Indicators.RND_INTENSITY.id()));
    assertSame(Quantity.wanYuan("450"), v.get(Indicators.RND_EXPENDITURE.id()));
  }

  @Test
  void missingYear_inTheMiddle_breaksEveryWindowSpanningIt() {
    Map<IndicatorId, Quantity> v = ProfileFromFigures.derive(List.of(Y2020, Y2021, Y2023), 2023);
    assertFalse(v.containsKey(Indicators.MAIN_BUSINESS_GROWTH.id()));
    assertFalse(v.containsKey(Indicators.RND_EXPENDITURE_SUM_2Y.id()));
    assertFalse(v.containsKey(Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y.id()));
    assertSame(Quantity.percent("80"), v.get(Indicators.MAIN_BUSINESS_SHARE.id()));
  }

  @Test
  void referenceYearWithoutFigures_derivesNothing() {
    assertTrue(ProfileFromFigures.derive(FOUR_YEARS, 2025).isEmpty());
    assertTrue(ProfileFromFigures.derive(List.of(), 2023).isEmpty());
  }

  @Test
  void zeroOperatingRevenue_leavesItsRatiosAbsent() {
    YearlyFigures idle =
        YearlyFigures.builder()
            .from(Y2023)
            .operatingRevenue(Quantity.wanYuan("0"))
            .mainBusinessRevenue(Quantity.wanYuan("0"))
            .build();
    Map<IndicatorId, Quantity> v =
        ProfileFromFigures.derive(List.of(Y2020, Y2021, Y2022, idle), 2023);
    for (Indicator overRevenue :
        List.of(
            Indicators.RND_INTENSITY,
            Indicators.MAIN_BUSINESS_SHARE,
            Indicators.NET_MARGIN,
            Indicators.RND_INTENSITY_EACH_2Y,
            Indicators.RND_INTENSITY_AVG)) {
      assertFalse(v.containsKey(overRevenue.id()), overRevenue.id() + " divides by zero");
    }
    // the two-year sum is not zero: (300 + 450) / (6000 + 0) = 12.5%.
    assertSame(Quantity.percent("12.5"), v.get(Indicators.RND_INTENSITY_2Y.id()));
    // a fall to zero is a real growth rate: (0 − 5400) / 5400 = −100%.
    assertSame(Quantity.percent("-100"), v.get(Indicators.MAIN_BUSINESS_GROWTH.id()));
    // zero revenue is a figure, not a missing one.
    assertSame(Quantity.wanYuan("0"), v.get(Indicators.OPERATING_REVENUE.id()));
  }

  @Test
  void zeroBase_leavesGrowthAbsent() {
    YearlyFigures start =
        YearlyFigures.builder().from(Y2022).mainBusinessRevenue(Quantity.wanYuan("0")).build();
    Map<IndicatorId, Quantity> v = ProfileFromFigures.derive(List.of(Y2021, start, Y2023), 2023);
    assertFalse(v.containsKey(Indicators.MAIN_BUSINESS_GROWTH.id()));
    assertFalse(v.containsKey(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y.id()));
  }

  @Test
  void lossInTheBaseYear_leavesNetProfitGrowthAbsent() {
    YearlyFigures loss =
        YearlyFigures.builder().from(Y2022).netProfit(Quantity.wanYuan("-100")).build();
    Map<IndicatorId, Quantity> v = ProfileFromFigures.derive(List.of(Y2021, loss, Y2023), 2023);
    assertFalse(v.containsKey(Indicators.NET_PROFIT_GROWTH_AVG_2Y.id()));
    // a loss is still a margin: −100 / 6000 of 2022 is not asked; 2023's 450 / 7500 = 6% is.
    assertSame(Quantity.percent("6"), v.get(Indicators.NET_MARGIN.id()));
  }

  @Test
  void zeroAssetsOrEmployees_leaveTheirSharesAbsent() {
    YearlyFigures empty =
        YearlyFigures.builder()
            .from(Y2023)
            .totalAssets(Quantity.wanYuan("0"))
            .totalLiabilities(Quantity.wanYuan("0"))
            .employees(0)
            .rndStaff(0)
            .build();
    Map<IndicatorId, Quantity> v = ProfileFromFigures.derive(List.of(empty), 2023);
    assertFalse(v.containsKey(Indicators.DEBT_TO_ASSET_RATIO.id()));
    assertFalse(v.containsKey(Indicators.RND_STAFF_SHARE.id()));
    assertSame(Quantity.count(0, Unit.PERSONS), v.get(Indicators.EMPLOYEES.id()));
  }

  @Test
  void ratiosRoundHalfEvenToSixPlacesOfAPercent() {
    // 12,345,678.5 / 100,000,000 = 12.3456785%: the dropped digit is exactly half and 8 is even,
    // so HALF_EVEN keeps 12.345678 (HALF_UP would give 12.345679).
    YearlyFigures y =
        YearlyFigures.builder()
            .year(2023)
            .totalLiabilities(Quantity.yuan("12345678.5"))
            .totalAssets(Quantity.yiYuan("1"))
            .build();
    Quantity ratio =
        ProfileFromFigures.derive(List.of(y), 2023).get(Indicators.DEBT_TO_ASSET_RATIO.id());
    assertEquals(Quantity.percent("12.345678"), ratio);
  }

  @Test
  void threeYearMeanOfMoney_roundsToTheFen_andMixesUnits() {
    // 100元 + 0.01万元 (= 100元) + 101元 = 301元; / 3 = 100.333… → 100.33元 = 0.0000010033亿元.
    List<YearlyFigures> years =
        List.of(
            YearlyFigures.builder().year(2021).mainBusinessRevenue(Quantity.yuan("100")).build(),
            YearlyFigures.builder()
                .year(2022)
                .mainBusinessRevenue(Quantity.wanYuan("0.01"))
                .build(),
            YearlyFigures.builder().year(2023).mainBusinessRevenue(Quantity.yuan("101")).build());
    assertSame(
        Quantity.yiYuan("0.0000010033"),
        ProfileFromFigures.derive(years, 2023).get(Indicators.MAIN_BUSINESS_REVENUE_AVG_3Y.id()));
  }

  static Stream<Arguments> invalidFigures() {
    return Stream.<Arguments>of(
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>) b -> b.operatingRevenue(Quantity.wanYuan("-5")),
            "operatingRevenue of 2023",
            "-5万元"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>)
                b -> b.mainBusinessRevenue(Quantity.wanYuan("-1")),
            "mainBusinessRevenue of 2023",
            "-1万元"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>) b -> b.rndExpenditure(Quantity.yuan("-0.01")),
            "rndExpenditure of 2023",
            "-0.01元"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>) b -> b.totalAssets(Quantity.wanYuan("-3")),
            "totalAssets of 2023",
            "-3万元"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>) b -> b.totalLiabilities(Quantity.wanYuan("-3")),
            "totalLiabilities of 2023",
            "-3万元"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>) b -> b.employees(-1), "employees of 2023", "-1"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>) b -> b.rndStaff(-2), "rndStaff of 2023", "-2"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>) b -> b.netProfit(Quantity.percent("5")),
            "netProfit of 2023",
            "5%"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>)
                b ->
                    b.operatingRevenue(Quantity.wanYuan("100"))
                        .mainBusinessRevenue(Quantity.wanYuan("101")),
            "mainBusinessRevenue of 2023",
            "101万元"),
        Arguments.of(
            (UnaryOperator<YearlyFigures.Builder>) b -> b.employees(10).rndStaff(11),
            "rndStaff of 2023",
            "11"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidFigures")
  void invalidFigures_throwNamingFieldAndValue(
      UnaryOperator<YearlyFigures.Builder> edit, String field, String value) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> edit.apply(YearlyFigures.builder().year(2023)).build());
    assertTrue(e.getMessage().contains("Invalid " + field + ": '" + value + "'"), e.getMessage());
  }

  @Test
  void negativeProfitIsAllowed() {
    YearlyFigures loss =
        YearlyFigures.builder()
            .year(2023)
            .totalProfit(Quantity.wanYuan("-10"))
            .netProfit(Quantity.wanYuan("-12"))
            .operatingRevenue(Quantity.wanYuan("400"))
            .build();
    // −12 / 400 = −3%.
    assertSame(
        Quantity.percent("-3"),
        ProfileFromFigures.derive(List.of(loss), 2023).get(Indicators.NET_MARGIN.id()));
  }

  @Test
  void duplicateYear_throwsNamingItsPosition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProfileFromFigures.derive(List.of(Y2021, Y2022, Y2022), 2023));
    assertTrue(
        e.getMessage().contains("Invalid figures[2].year: '2022' (duplicate year)"),
        e.getMessage());
  }

  @Test
  void yearOutOfOrder_throwsNamingItsPosition() {
    List<YearlyFigures> shuffled = new ArrayList<>(List.of(Y2020, Y2022, Y2021));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ProfileFromFigures.derive(shuffled, 2023));
    assertTrue(e.getMessage().contains("Invalid figures[2].year: '2021'"), e.getMessage());
    assertTrue(e.getMessage().contains("ascending"), e.getMessage());
  }

  /** Same value and unit, whatever the scale of the amount (5.0% is 5%). */
  private static void assertSame(Quantity expected, Quantity actual) {
    assertTrue(actual != null, "expected " + expected + " but the indicator is absent");
    assertEquals(expected.unit(), actual.unit(), () -> "unit of " + actual);
    assertEquals(
        0,
        expected.amount().compareTo(actual.amount()),
        () -> "expected " + expected + " but was " + actual);
  }
}
