package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Facts.c;
import static io.github.srdipolicy.national.Facts.s;
import static io.github.srdipolicy.national.Facts.text;

import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Stacking;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.Trigger;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;

/**
 * 财政部 工业和信息化部《关于支持"专精特新"中小企业高质量发展的通知》 财建〔2021〕2号: central funding
 * of key little giants for 2021–2025 (C; the per-firm amount S). 金政发〔2022〕33号 cites it.
 */
final class Funding2021 {
  private Funding2021() {}

  static final String DOC = "财建〔2021〕2号";
  static final LocalDate ANNOUNCED = LocalDate.of(2021, 2, 3);

  private static final String P = "cn.funding-2021.";

  static PolicyDocument document() {
    SourceRef ref = c(DOC, "全文");
    DateRange period = DateRange.years(2021, 2025);
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(text("财政部、工业和信息化部", "Ministry of Finance and MIIT"))
        .title(text("关于支持\"专精特新\"中小企业高质量发展的通知", "Notice on supporting the high-quality development of SRDI SMEs"))
        .published(ANNOUNCED)
        .validity(DateRange.of(ANNOUNCED, LocalDate.of(2026, 1, 1)))
        .validityNote(text("自公布之日起，至所覆盖的2021—2025年末止", "from the day it was announced to the end of the 2021–2025 period it covers"))
        .planPeriod(period)
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SECONDARY_C)
        .addTargets(Target.builder().id(FactId.of(P + "central-funds"))
            .metric(text("中央财政资金", "central government funds")).metricKey("money.central-srdi-funds")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.yiYuan("100"))
            .cadence(TargetCadence.OVER_PERIOD).period(period).basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM)
            .scope(JurisdictionCode.CN).source(ref).build())
        .addTargets(Target.builder().id(FactId.of(P + "key-little-giants"))
            .metric(text("重点支持的国家级专精特新\"小巨人\"企业", "key national little giants supported"))
            .tier(NationalTiers.LITTLE_GIANT).metricKey("firms.key-supported-little-giant")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.count(1000, Unit.ENTERPRISES))
            .cadence(TargetCadence.OVER_PERIOD).period(period).basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM)
            .scope(JurisdictionCode.CN).source(ref)
            .note(text("\"1000+\"按1000家以上编码", "'1000+' encoded as at least 1000"))
            .build())
        .addTargets(Target.builder().id(FactId.of(P + "little-giants-led"))
            .metric(text("带动成长为国家级\"小巨人\"的中小企业", "SMEs led to become national little giants"))
            .tier(NationalTiers.LITTLE_GIANT).metricKey("firms.little-giant")
            .comparator(TargetComparator.ABOUT).value(Quantity.count(10000, Unit.ENTERPRISES))
            .cadence(TargetCadence.OVER_PERIOD).period(period).basis(TargetBasis.NOT_STATED)
            .commitment(Commitment.ASPIRATIONAL).scope(JurisdictionCode.CN).source(ref).build())
        .addProvisions(Provision.builder().id(FactId.of(P + "batches")).kind(Provision.Kind.PROCEDURE)
            .label(text("分三批支持", "support in three batches"))
            .quantity(Quantity.count(3, Unit.ITEMS)).source(ref).build())
        .addProvisions(Provision.builder().id(FactId.of(P + "batch-duration")).kind(Provision.Kind.PROCEDURE)
            .label(text("每批支持期最长3年", "each batch is supported for up to 3 years"))
            .quantity(Quantity.years("3")).source(ref).build())
        .addIncentives(Incentive.builder().id(FactId.of(P + "per-firm"))
            .label(text("每家重点\"小巨人\"三年共600万元", "600万 per key little giant over 3 years"))
            .kind(IncentiveKind.ALLOWANCE).amount(Quantity.wanYuan("600")).years(3)
            .trigger(Trigger.builder().kind(TriggerKind.OTHER).tier(NationalTiers.LITTLE_GIANT)
                .description(text("入选重点支持的\"小巨人\"企业（并非每家\"小巨人\"）",
                    "selected as a key little giant for support (not every little giant)")).build())
            .fundingJurisdiction(JurisdictionCode.CN)
            .stacking(Stacking.builder().rule(StackingRule.NOT_STATED).source(s(DOC, "全文")).build())
            .source(s(DOC, "全文"))
            .note(text("600万元为三年合计，单一来源（S）", "600万 is the 3-year total, from a single repost (S)"))
            .build())
        .build();
  }
}
