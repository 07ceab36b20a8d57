package io.github.srdipolicy.national;

import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.TierId;

/**
 * The document ids the national tests refer to, and the indicators the national files add, read
 * from the files.
 */
final class National {
  static final TierId INNOVATIVE_SME = TierId.of("cn.innovative-sme");
  static final TierId SRDI_SME = TierId.of("cn.srdi-sme");
  static final TierId LITTLE_GIANT = TierId.of("cn.little-giant");
  static final TierId SINGLE_CHAMPION = TierId.of("cn.single-champion");
  static final TierId SINGLE_CHAMPION_PRODUCT = TierId.of("cn.single-champion-product");
  static final TierId TECH_SME = TierId.of("cn.tech-sme");
  static final TierId TECH_INNOVATIVE_SME = TierId.of("cn.tech-innovative-sme");

  static final String JINHU = "金政发〔2022〕33号";
  static final String PLAN_2016 = "工信部产业〔2016〕105号";
  static final String FUNDING_2021 = "财建〔2021〕2号";
  static final String CITED_LITTLE_GIANT = "国家专精特新小巨人申报条件（金政发〔2022〕33号附件3所引）";
  static final String CITED_CHAMPION = "国家制造业单项冠军申报条件（金政发〔2022〕33号附件3所引）";
  static final String GRADIENT_2022 = "工信部企业〔2022〕63号";
  static final String RULES_2023 = "工信部政法〔2023〕138号";
  static final String GRADIENT_2026 = "工信部企业〔2026〕2号";
  static final String ROUND_2026 = "工信厅企业函〔2026〕117号";
  static final String TECH_SME_2017 = "国科发政〔2017〕115号";
  static final String FUNDING_2024 = "财建〔2024〕148号";

  static final String INNOVATION = "innovation";
  static final String GROWTH = "growth";
  static final String SPECIALISATION = "specialisation";

  static final Indicator LEADING_PRODUCT_IP_CLASS_RANK =
      indicator("cn.leading-product-ip-class-rank");
  static final Indicator CLASS_I_IP_LEADING_PRODUCT = indicator("cn.class-i-ip-leading-product");
  static final Indicator STRATEGIC_EMERGING_FIELD = indicator("cn.strategic-emerging-field");
  static final Indicator ST_AWARD_LEVEL_3Y = indicator("cn.st-award-level-3y");
  static final Indicator NATIONAL_TECH_INNOVATION_DEMO =
      indicator("cn.national-tech-innovation-demo");
  static final Indicator IP_ADVANTAGE_OR_DEMO = indicator("cn.ip-advantage-or-demo");
  static final Indicator INSTITUTIONAL_EQUITY_3Y =
      indicator("cn.institutional-equity-financing-3y");
  static final Indicator PROVINCIAL_ST_AWARD_RANK_3Y = indicator("cn.provincial-st-award-rank-3y");
  static final Indicator NATIONAL_ST_AWARD_RANK_3Y = indicator("cn.national-st-award-rank-3y");
  static final Indicator MAKER_CHINA_RANK_3Y = indicator("cn.maker-china-rank-3y");
  static final Indicator SRDI_SCORE = indicator("cn.srdi-score");
  static final Indicator PLATFORM_SCORE = indicator("cn.platform-development-score");
  static final Indicator PLATFORM_SCORE_BEST_2Y =
      indicator("cn.platform-development-score-best-2y");
  static final Indicator NICHE_MARKET_SHARE = indicator("cn.niche-market-share");
  static final Indicator ST_AWARD_RANK_PROVINCIAL_OR_HIGHER_3Y =
      indicator("cn.st-award-rank-provincial-or-higher-3y");
  static final Indicator SALES_REVENUE = indicator("cn.sales-revenue");
  static final Indicator TOTAL_ASSETS = indicator("cn.total-assets");
  static final Indicator RND_TO_SALES = indicator("cn.rnd-to-sales");
  static final Indicator RND_TO_COSTS = indicator("cn.rnd-to-costs");
  static final Indicator TECH_SME_IP_GRADE = indicator("cn.tech-sme-ip-grade");
  static final Indicator NATIONAL_ST_AWARD_RANK_5Y = indicator("cn.national-st-award-rank-5y");
  static final Indicator LED_STANDARD_5Y = indicator("cn.led-standard-5y");
  static final Indicator RND_EXPENDITURE_EACH_2Y = indicator("cn.rnd-expenditure-each-2y");
  static final Indicator REVENUE_CAGR = indicator("cn.revenue-cagr");

  private National() {}

  private static Indicator indicator(String id) {
    return new NationalSource()
        .indicators().stream()
            .filter(i -> i.id().equals(IndicatorId.of(id)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no national indicator " + id));
  }
}
