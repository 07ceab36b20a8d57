package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Facts.all;
import static io.github.srdipolicy.national.Facts.any;
import static io.github.srdipolicy.national.Facts.c;
import static io.github.srdipolicy.national.Facts.cmp;
import static io.github.srdipolicy.national.Facts.criteria;
import static io.github.srdipolicy.national.Facts.review;
import static io.github.srdipolicy.national.Facts.s;
import static io.github.srdipolicy.national.Facts.text;

import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierSubject;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;

/**
 * The manufacturing single champion: the 2016 action plan 工信部产业〔2016〕105号 (criteria and
 * targets C) and the 2023 recognition measures 工信部政法〔2023〕138号 (document C, criteria S).
 */
final class Champion {
  private Champion() {}

  static final String PLAN_2016 = "工信部产业〔2016〕105号";
  static final String RULES_2023 = "工信部政法〔2023〕138号";
  /** August 2023; the day is not confirmed, so the first of the month is taken. */
  static final LocalDate RULES_2023_IN_FORCE = LocalDate.of(2023, 8, 1);

  private static final String P16 = "cn.champion-2016.";
  private static final String R23 = "cn.champion-2023.";

  static PolicyDocument plan2016() {
    SourceRef all = c(PLAN_2016, "全文");
    return PolicyDocument.builder()
        .id(DocumentId.of(PLAN_2016))
        .issuer(text("工业和信息化部", "Ministry of Industry and Information Technology"))
        .title(text("制造业单项冠军企业培育提升专项行动实施方案", "Action plan for cultivating manufacturing single champions"))
        .validity(DateRange.of(LocalDate.of(2016, 1, 1), RULES_2023_IN_FORCE))
        .validityNote(text(
            "2016年印发，具体日期未确认，以年初计；其认定条件由工信部政法〔2023〕138号（2023年8月，以月初计）取代，故至此止；"
                + "2025年目标仍按原文记录",
            "issued in 2016, exact date not confirmed, taken as the start of the year; its criteria give way to "
                + "工信部政法〔2023〕138号 (August 2023, taken as the first of the month), so it ends there; the 2025 targets are kept as stated"))
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SECONDARY_C)
        .addTiers(Tier.builder().id(NationalTiers.SINGLE_CHAMPION)
            .name(text("制造业单项冠军企业", "manufacturing single champion (enterprise)"))
            .jurisdiction(JurisdictionCode.CN).level(JurisdictionLevel.NATIONAL).source(all).build())
        .addTiers(Tier.builder().id(NationalTiers.SINGLE_CHAMPION_PRODUCT)
            .name(text("制造业单项冠军产品", "manufacturing single champion (product)"))
            .jurisdiction(JurisdictionCode.CN).level(JurisdictionLevel.NATIONAL).subject(TierSubject.PRODUCT)
            .source(all)
            .note(text("产品类条件只见于金政发〔2022〕33号附件3的转述（cn.cited-2022.scp.criteria）；2016年方案和2023年办法的产品类条件本库未掌握",
                "product-track conditions are known only as annex 3 of 金政发〔2022〕33号 restates them (cn.cited-2022.scp.criteria); "
                    + "those of the 2016 plan and the 2023 measures are not known here")).build())
        .addCriteria(criteria2016())
        .addTargets(target(P16 + "target.demonstration", "单项冠军示范企业", "single-champion demonstration firms",
                "firms.single-champion-demonstration", 200),
            target(P16 + "target.cultivated", "单项冠军培育企业", "single-champion firms in cultivation",
                "firms.single-champion-cultivated", 600))
        .build();
  }

  private static Target target(String id, String zh, String en, String key, long count) {
    return Target.builder().id(FactId.of(id)).metric(text(zh, en)).metricKey(key)
        .comparator(TargetComparator.EXACTLY).value(Quantity.count(count, Unit.ENTERPRISES))
        .cadence(TargetCadence.BY_DEADLINE).deadline(LocalDate.of(2025, 12, 31))
        .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).scope(JurisdictionCode.CN)
        .source(c(PLAN_2016, "全文"))
        .note(text("转载只给出数字，未见\"以上\"\"左右\"或\"力争\"等措辞，也未说明新增或累计",
            "the reposts give the bare figure, with no 'at least', 'about' or 'strive for', and do not say new or cumulative"))
        .build();
  }

  static EligibilityCriteria criteria2016() {
    SourceRef ref = c(PLAN_2016, "全文");
    return criteria(P16 + "criteria", NationalTiers.SINGLE_CHAMPION, "制造业单项冠军条件（2016年方案）",
        "single-champion conditions (2016 plan)", ref,
        all(P16 + "all", "各项条件均须满足", "every condition", ref,
            cmp(P16 + "main-product-share", "1—2个细分产品收入占70%以上", "1 or 2 product segments at least 70% of revenue",
                Indicators.MAIN_PRODUCT_SHARE, Operator.AT_LEAST, Quantity.percent("70"), ref)
                .withNote(text("\"1—2个细分产品\"的数目限制未编码，按主导产品收入占比计",
                    "the limit to 1 or 2 segments is not encoded; the leading products' share stands for it")),
            cmp(P16 + "global-rank", "全球市场占有率前3位", "global market share in the top 3",
                Indicators.MARKET_RANK_GLOBAL, Operator.AT_MOST, Quantity.rank(3), ref),
            any(P16 + "years", "从事相关领域10年以上，或新产品3年以上", "10 years in the field, or 3 with a new product", ref,
                cmp(P16 + "years-in-field", "从事相关领域10年以上", "at least 10 years in the field",
                    Indicators.YEARS_IN_FIELD, Operator.AT_LEAST, Quantity.years("10"), ref),
                cmp(P16 + "years-in-new-product", "新产品3年以上", "at least 3 years with a new product",
                    Indicators.YEARS_IN_NEW_PRODUCT, Operator.AT_LEAST, Quantity.years("3"), ref)),
            review(P16 + "margin-above-industry", "利润率高于行业水平", "profit margin above the industry's",
                "margin-above-industry", ref),
            review(P16 + "core-ip", "拥有核心自主知识产权", "own core intellectual property", "own-core-ip", ref)))
        .addCaveats(text("据公开转载（C），须以官方文本核对；2019年通知（S）据称已调整部分条件",
            "from public reposts (C): verify against the official text; a 2019 notice (S) reportedly adjusted some conditions"))
        .build();
  }

  static PolicyDocument rules2023() {
    return PolicyDocument.builder()
        .id(DocumentId.of(RULES_2023))
        .issuer(text("工业和信息化部", "Ministry of Industry and Information Technology"))
        .title(text("制造业单项冠军企业认定管理办法", "Measures for recognising manufacturing single champions"))
        .validity(DateRange.from(RULES_2023_IN_FORCE))
        .validityNote(text("2023年8月印发，具体日期未确认，以月初计", "issued in August 2023, exact day not confirmed, taken as the first of the month"))
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SECONDARY_C)
        .addCriteria(criteria2023())
        .addProvisions(Provision.builder().id(FactId.of(R23 + "recognition-validity")).kind(Provision.Kind.PROCEDURE)
            .label(text("单项冠军认定有效期3年", "a single-champion recognition is valid for 3 years"))
            .quantity(Quantity.years("3")).source(s(RULES_2023, "全文")).build())
        .build();
  }

  static EligibilityCriteria criteria2023() {
    SourceRef ref = s(RULES_2023, "全文");
    return criteria(R23 + "criteria", NationalTiers.SINGLE_CHAMPION, "制造业单项冠军认定条件（2023年，部分）",
        "single-champion conditions (2023, partial)", ref,
        all(R23 + "all", "已知的各项条件", "the known conditions", ref,
            any(R23 + "years", "从事相关领域10年以上，或新产品5年以上", "10 years in the field, or 5 with a new product", ref,
                cmp(R23 + "years-in-field", "从事相关领域10年以上", "at least 10 years in the field",
                    Indicators.YEARS_IN_FIELD, Operator.AT_LEAST, Quantity.years("10"), ref),
                cmp(R23 + "years-in-new-product", "新产品5年以上", "at least 5 years with a new product",
                    Indicators.YEARS_IN_NEW_PRODUCT, Operator.AT_LEAST, Quantity.years("5"), ref)),
            cmp(R23 + "revenue-avg-3y", "近3年平均主营业务收入4亿元以上", "3-year average main-business revenue of at least 4亿",
                Indicators.OPERATING_REVENUE_AVG_3Y, Operator.AT_LEAST, Quantity.yiYuan("4"), ref),
            cmp(R23 + "global-rank", "全球市场占有率前3位", "global market share in the top 3",
                Indicators.MARKET_RANK_GLOBAL, Operator.AT_MOST, Quantity.rank(3), ref)))
        .addCaveats(text("仅编码单一来源（S）转载所列条件，其余条件未知", "only the conditions of a single repost (S) are encoded; the others are unknown"))
        .build();
  }
}
