package io.github.srdipolicy.examples;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.jiangsu.JiangsuTiers;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.profile.ProfileFromFigures;
import io.github.srdipolicy.profile.YearlyFigures;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What it shows: starting from a firm's accounts instead of ready-made indicators. Three years of
 * yearly figures go through {@link ProfileFromFigures#derive}, which computes the windowed
 * indicators (prior year, two-year sums and averages, growth rates, shares) for the reference year
 * 2023; the firm adds the facts accounts do not hold, and is matched against the entry criteria of
 * 金湖县 (Jinhu)'s little-giant pool, found with {@code catalog.criteriaFor(tier)}.
 */
public final class ProfileFromYearlyFigures {
  private ProfileFromYearlyFigures() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    List<YearlyFigures> accounts =
        List.of(
            year(2021, "2200", "1900", "90", "150", "120", "3000", "1500", 80, 12),
            year(2022, "2600", "2300", "120", "210", "170", "3400", "1600", 90, 15),
            year(2023, "3000", "2600", "150", "260", "210", "4000", "1800", 100, 18));
    Map<IndicatorId, Quantity> derived = ProfileFromFigures.derive(accounts, 2023);

    out.println("derived for 2023:");
    derived.forEach((id, value) -> out.println("  " + id + " = " + value));
    for (Indicator indicator : ProfileFromFigures.derivable()) {
      if (!derived.containsKey(indicator.id())) {
        out.println("  not derivable from these years: " + indicator.id());
      }
    }

    EnterpriseProfile firm =
        EnterpriseProfile.builder()
            .name("金湖示例阀门有限公司")
            .jurisdiction(JurisdictionCode.of("320831"))
            .putAllValues(derived)
            // What the accounts cannot tell: recognitions, rankings and declarations.
            .putValues(Indicators.MARKET_RANK_PROVINCE.id(), Quantity.rank(4))
            .putValues(Indicators.HIGH_TECH_ENTERPRISE.id(), Quantity.flag(true))
            .putValues(Indicators.RND_INSTITUTION_LEVEL.id(), Quantity.level(RecognitionLevel.CITY))
            .putValues(
                Indicators.INVENTION_PATENTS_FILED_OR_GRANTED.id(),
                Quantity.count(3, Unit.IP_ITEMS))
            .putValues(Indicators.BRAND_LEVEL.id(), Quantity.level(RecognitionLevel.CITY))
            .putDeclarations("product-technology-leading-in-province", true)
            .putDeclarations("good-reputation", true)
            .putDeclarations("no-bad-record-3y", true)
            .build();

    Catalog catalog = Catalog.load();
    LocalDate date = LocalDate.of(2024, 5, 1);
    for (EligibilityCriteria criteria : catalog.criteriaFor(JiangsuTiers.JINHU_POOL, date)) {
      EligibilityReport report = catalog.evaluator().evaluate(criteria, firm, date);
      ExplainedEvaluation.print(report, out);
    }
  }

  /** One year of accounts, money in 万元. */
  private static YearlyFigures year(
      int year,
      String operatingRevenue,
      String mainBusinessRevenue,
      String rnd,
      String totalProfit,
      String netProfit,
      String assets,
      String liabilities,
      int employees,
      int rndStaff) {
    return YearlyFigures.builder()
        .year(year)
        .operatingRevenue(Quantity.wanYuan(operatingRevenue))
        .mainBusinessRevenue(Quantity.wanYuan(mainBusinessRevenue))
        .rndExpenditure(Quantity.wanYuan(rnd))
        .totalProfit(Quantity.wanYuan(totalProfit))
        .netProfit(Quantity.wanYuan(netProfit))
        .totalAssets(Quantity.wanYuan(assets))
        .totalLiabilities(Quantity.wanYuan(liabilities))
        .employees(employees)
        .rndStaff(rndStaff)
        .build();
  }
}
