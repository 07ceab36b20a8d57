package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Facts.all;
import static io.github.srdipolicy.national.Facts.any;
import static io.github.srdipolicy.national.Facts.cmp;
import static io.github.srdipolicy.national.Facts.criteria;
import static io.github.srdipolicy.national.Facts.s;
import static io.github.srdipolicy.national.Facts.text;

import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;

/**
 * 《优质中小企业梯度培育管理办法》 工信部企业〔2026〕2号, which replaces the 2022 interim measures. Every
 * fact comes from a single repost (S); nothing here is confirmed.
 */
final class Gradient2026 {
  private Gradient2026() {}

  static final String DOC = "工信部企业〔2026〕2号";
  /** Reportedly in force from this day (S). */
  static final LocalDate IN_FORCE = LocalDate.of(2026, 4, 1);

  static final LocalizedText REVIEWS_2026_USE_2022 = text(
      "据报道（S），2026年内的\"小巨人\"评审仍执行2022年标准（见工信部企业〔2022〕63号）",
      "reportedly (S), little-giant reviews during 2026 still apply the 2022 standard (see 工信部企业〔2022〕63号)");
  static final LocalizedText UNCONFIRMED = text("全部来自单一转载（S），须以官方文本核对",
      "all from a single repost (S): verify against the official text");

  private static final String SRDI = "cn.gradient-2026.srdi.";
  private static final String LG = "cn.gradient-2026.lg.";

  static PolicyDocument document() {
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(text("工业和信息化部", "Ministry of Industry and Information Technology"))
        .title(text("优质中小企业梯度培育管理办法", "Measures for the gradient cultivation of quality SMEs"))
        .validity(DateRange.from(IN_FORCE))
        .validityNote(text("约2026年1月17日公布，据报道自2026年4月1日起施行（S）",
            "announced about 2026-01-17, reportedly in force from 2026-04-01 (S)"))
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SECONDARY_S)
        .addCriteria(srdiSme(), littleGiant())
        .build();
  }

  static EligibilityCriteria srdiSme() {
    SourceRef ref = s(DOC, "全文");
    return criteria(SRDI + "criteria", NationalTiers.SRDI_SME, "专精特新中小企业认定条件（2026年，未确认）",
        "SRDI SME conditions (2026, unconfirmed)", ref,
        all(SRDI + "all", "各项条件均须满足", "every condition", ref,
            cmp(SRDI + "years-in-niche", "从事特定细分市场3年以上", "at least 3 years in the niche market",
                Indicators.YEARS_IN_NICHE, Operator.AT_LEAST, Quantity.years("3"), ref),
            any(SRDI + "revenue-or-equity", "营业收入1500万元以上或股权融资2000万元以上",
                "revenue of at least 1500万 or equity of at least 2000万", ref,
                cmp(SRDI + "revenue", "营业收入1500万元以上", "revenue of at least 1500万",
                    Indicators.OPERATING_REVENUE, Operator.AT_LEAST, Quantity.wanYuan("1500"), ref),
                cmp(SRDI + "equity", "股权融资2000万元以上", "equity financing of at least 2000万",
                    Indicators.EQUITY_FINANCING_2Y, Operator.AT_LEAST, Quantity.wanYuan("2000"), ref)
                    .withNote(text("转载未写期限，按近2年理解（同2022年办法）", "the repost gives no window; read as 2 years like the 2022 measures"))),
            cmp(SRDI + "main-business-share", "主营业务收入占比80%以上", "main business at least 80% of revenue",
                Indicators.MAIN_BUSINESS_SHARE, Operator.AT_LEAST, Quantity.percent("80"), ref),
            cmp(SRDI + "debt-ratio", "资产负债率不高于80%", "debt-to-asset ratio at most 80%",
                Indicators.DEBT_TO_ASSET_RATIO, Operator.AT_MOST, Quantity.percent("80"), ref),
            cmp(SRDI + "rnd-expenditure", "近2年每年研发费用100万元以上", "R&D of at least 100万 in each of 2 years",
                NationalIndicators.RND_EXPENDITURE_EACH_2Y, Operator.AT_LEAST, Quantity.wanYuan("100"), ref)
                .withNote(text("\"每年\"按同时适用于金额与比重理解", "'each year' read as applying to both the amount and the share")),
            cmp(SRDI + "rnd-intensity", "近2年每年研发费用占营业收入3%以上", "R&D at least 3% of revenue in each of 2 years",
                Indicators.RND_INTENSITY_EACH_2Y, Operator.AT_LEAST, Quantity.percent("3"), ref),
            cmp(SRDI + "class-i-ip", "Ⅰ类知识产权1项以上", "at least 1 Class I IP item",
                Indicators.CLASS_I_IP, Operator.AT_LEAST, Quantity.count(1, Unit.IP_ITEMS), ref),
            cmp(SRDI + "score", "评价得分50分以上", "assessment score of at least 50",
                NationalIndicators.SRDI_SCORE, Operator.AT_LEAST, Quantity.points("50"), ref)))
        .addCaveats(UNCONFIRMED)
        .build();
  }

  static EligibilityCriteria littleGiant() {
    SourceRef ref = s(DOC, "全文");
    return criteria(LG + "criteria", NationalTiers.LITTLE_GIANT, "专精特新\"小巨人\"企业认定条件（2026年，未确认）",
        "little-giant conditions (2026, unconfirmed)", ref,
        all(LG + "all", "各项条件均须满足", "every condition", ref,
            cmp(LG + "years-in-niche", "从事特定细分市场3年以上", "at least 3 years in the niche market",
                Indicators.YEARS_IN_NICHE, Operator.AT_LEAST, Quantity.years("3"), ref),
            cmp(LG + "revenue", "营业收入5000万元以上", "revenue of at least 5000万",
                Indicators.OPERATING_REVENUE, Operator.AT_LEAST, Quantity.wanYuan("5000"), ref),
            cmp(LG + "main-business-share", "主营业务收入占比90%以上", "main business at least 90% of revenue",
                Indicators.MAIN_BUSINESS_SHARE, Operator.AT_LEAST, Quantity.percent("90"), ref),
            cmp(LG + "revenue-cagr", "营业收入复合增长率5%以上", "revenue CAGR of at least 5%",
                NationalIndicators.REVENUE_CAGR, Operator.AT_LEAST, Quantity.percent("5"), ref),
            cmp(LG + "debt-ratio", "资产负债率不高于75%", "debt-to-asset ratio at most 75%",
                Indicators.DEBT_TO_ASSET_RATIO, Operator.AT_MOST, Quantity.percent("75"), ref),
            cmp(LG + "rnd-expenditure-2y", "近2年研发费用合计1200万元以上", "R&D of at least 1200万 over 2 years",
                Indicators.RND_EXPENDITURE_SUM_2Y, Operator.AT_LEAST, Quantity.wanYuan("1200"), ref),
            cmp(LG + "rnd-intensity", "近2年每年研发费用占营业收入3%以上", "R&D at least 3% of revenue in each of 2 years",
                Indicators.RND_INTENSITY_EACH_2Y, Operator.AT_LEAST, Quantity.percent("3"), ref),
            any(LG + "ip-or-award", "Ⅰ类知识产权4项以上，或国家级科技奖励前3名", "4 Class I IP items, or a top-3 national S&T award", ref,
                cmp(LG + "class-i-ip", "Ⅰ类知识产权4项以上", "at least 4 Class I IP items",
                    Indicators.CLASS_I_IP, Operator.AT_LEAST, Quantity.count(4, Unit.IP_ITEMS), ref),
                cmp(LG + "national-award", "国家级科技奖励获奖单位前3名", "a top-3 unit of a national S&T award",
                    NationalIndicators.NATIONAL_ST_AWARD_RANK_3Y, Operator.AT_MOST, Quantity.rank(3), ref)
                    .withNote(text("转载未写期限，按近3年理解", "the repost gives no window; read as the last 3 years"))),
            any(LG + "market", "细分市场占有率10%以上或国内前3位", "a 10% niche share or a domestic top-3 rank", ref,
                cmp(LG + "market-share", "细分市场全国占有率10%以上", "national niche share at least 10%",
                    Indicators.MARKET_SHARE_NATIONAL, Operator.AT_LEAST, Quantity.percent("10"), ref),
                cmp(LG + "market-rank", "国内市场排名前3位", "domestic rank in the top 3",
                    Indicators.MARKET_RANK_NATIONAL, Operator.AT_MOST, Quantity.rank(3), ref)),
            cmp(LG + "score", "评价得分60分以上", "assessment score of at least 60",
                NationalIndicators.LITTLE_GIANT_SCORE, Operator.AT_LEAST, Quantity.points("60"), ref)))
        .addCaveats(UNCONFIRMED, REVIEWS_2026_USE_2022)
        .build();
  }
}
