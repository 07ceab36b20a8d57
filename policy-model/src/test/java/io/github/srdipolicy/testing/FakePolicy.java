package io.github.srdipolicy.testing;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Stacking;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.model.Trigger;
import io.github.srdipolicy.model.TriggerKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A small invented policy for engine tests: a province "990000" with a county "990001", a document
 * "测试发〔2024〕1号" with two tiers and criteria of every shape. Not real data.
 */
public final class FakePolicy implements PolicySource {
  public static final String DOC = "测试发〔2024〕1号";
  public static final JurisdictionCode PROVINCE = JurisdictionCode.of("990000");
  public static final JurisdictionCode COUNTY = JurisdictionCode.of("990001");
  public static final TierId POOL = TierId.of("fake.pool");
  public static final TierId GIANT = TierId.of("fake.giant");

  public static SourceRef ref(String clause) {
    return SourceRef.of(DOC, clause);
  }

  public static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  public static Comparison cmp(String id, Indicator indicator, Operator op, Quantity bound) {
    return Comparison.builder()
        .id(FactId.of(id))
        .label(text(id))
        .source(ref("1"))
        .indicator(indicator.id())
        .operator(op)
        .threshold(bound)
        .build();
  }

  /** Revenue ≥ 5000万 or profit ≥ 400万; at least 2 invention patents or 5 of the other kinds. */
  public static EligibilityCriteria poolCriteria() {
    Condition money =
        AnyOf.builder()
            .id(FactId.of("fake.pool.money"))
            .label(text("money"))
            .source(ref("1"))
            .addConditions(
                cmp(
                    "fake.pool.revenue",
                    Indicators.MAIN_BUSINESS_REVENUE,
                    Operator.AT_LEAST,
                    Quantity.wanYuan("5000")))
            .addConditions(
                cmp(
                    "fake.pool.profit",
                    Indicators.TOTAL_PROFIT,
                    Operator.AT_LEAST,
                    Quantity.wanYuan("400")))
            .build();
    Condition patents =
        AnyOf.builder()
            .id(FactId.of("fake.pool.ip"))
            .label(text("ip"))
            .source(ref("1"))
            .addConditions(
                cmp(
                    "fake.pool.inventions",
                    Indicators.INVENTION_PATENTS,
                    Operator.AT_LEAST,
                    Quantity.count(2, io.github.srdipolicy.model.Unit.IP_ITEMS)))
            .addConditions(
                SumComparison.builder()
                    .id(FactId.of("fake.pool.other-ip"))
                    .label(text("other ip"))
                    .source(ref("1"))
                    .addIndicators(
                        Indicators.UTILITY_MODEL_PATENTS.id(),
                        Indicators.DESIGN_PATENTS.id(),
                        Indicators.SOFTWARE_COPYRIGHTS.id())
                    .operator(Operator.AT_LEAST)
                    .threshold(Quantity.count(5, io.github.srdipolicy.model.Unit.IP_ITEMS))
                    .build())
            .build();
    Condition managed =
        Qualitative.builder()
            .id(FactId.of("fake.pool.managed"))
            .label(text("well managed"))
            .source(ref("1"))
            .declaration("well-managed")
            .build();
    return EligibilityCriteria.builder()
        .id(FactId.of("fake.pool.criteria"))
        .tier(POOL)
        .label(text("pool"))
        .source(ref("1"))
        .common(managed)
        .addTracks(
            Track.builder()
                .id(FactId.of("fake.pool.mfg"))
                .kind(TrackKind.MANUFACTURING)
                .label(text("mfg"))
                .condition(
                    AllOf.builder()
                        .id(FactId.of("fake.pool.mfg.all"))
                        .label(text("all"))
                        .source(ref("1"))
                        .addConditions(money, patents)
                        .build())
                .build())
        .addTracks(
            Track.builder()
                .id(FactId.of("fake.pool.new"))
                .kind(TrackKind.INNOVATION)
                .label(text("new"))
                .condition(
                    cmp(
                        "fake.pool.founded",
                        Indicators.FOUNDING_YEAR,
                        Operator.AT_LEAST,
                        Quantity.calendarYear(2014)))
                .build())
        .addCaveats(text("the yearly call prevails"))
        .build();
  }

  /** R&D banded by revenue; below 1亿 the firm must already be in the pool. */
  public static EligibilityCriteria giantCriteria() {
    Condition banded =
        Banded.builder()
            .id(FactId.of("fake.giant.rnd"))
            .label(text("rnd by revenue"))
            .source(ref("2"))
            .indicator(Indicators.OPERATING_REVENUE.id())
            .addBands(
                Band.of(
                    Interval.atLeast(Quantity.yiYuan("1")),
                    cmp(
                        "fake.giant.rnd.high",
                        Indicators.RND_INTENSITY_EACH_2Y,
                        Operator.AT_LEAST,
                        Quantity.percent("3"))))
            .addBands(
                Band.of(
                    Interval.closedOpen(Quantity.wanYuan("5000"), Quantity.yiYuan("1")),
                    cmp(
                        "fake.giant.rnd.mid",
                        Indicators.RND_INTENSITY_EACH_2Y,
                        Operator.AT_LEAST,
                        Quantity.percent("6"))))
            .addBands(
                Band.of(
                    Interval.lessThan(Quantity.wanYuan("5000")),
                    HoldsTier.builder()
                        .id(FactId.of("fake.giant.pool"))
                        .label(text("in pool"))
                        .source(ref("2"))
                        .tier(POOL)
                        .build()))
            .build();
    return EligibilityCriteria.builder()
        .id(FactId.of("fake.giant.criteria"))
        .tier(GIANT)
        .label(text("giant"))
        .source(ref("2"))
        .addTracks(
            Track.builder()
                .id(FactId.of("fake.giant.general"))
                .kind(TrackKind.GENERAL)
                .label(text("general"))
                .condition(
                    AllOf.builder()
                        .id(FactId.of("fake.giant.all"))
                        .label(text("all"))
                        .source(ref("2"))
                        .addConditions(
                            banded,
                            cmp(
                                "fake.giant.debt",
                                Indicators.DEBT_TO_ASSET_RATIO,
                                Operator.AT_MOST,
                                Quantity.percent("70")))
                        .build())
                .build())
        .build();
  }

  /**
   * A later version of {@link #giantCriteria()}, for diff tests: the debt cap rises to 75%, the top
   * band's R&amp;D bound becomes exclusive, the middle band's falls to 5%, the low band's pool
   * prerequisite is dropped for an equity bound, and a qualitative condition is added.
   */
  public static EligibilityCriteria giantCriteriaRevised() {
    Condition banded =
        Banded.builder()
            .id(FactId.of("fake.giant2.rnd"))
            .label(text("rnd by revenue"))
            .source(ref("2"))
            .indicator(Indicators.OPERATING_REVENUE.id())
            .addBands(
                Band.of(
                    Interval.atLeast(Quantity.wanYuan("10000")),
                    cmp(
                        "fake.giant2.rnd.high",
                        Indicators.RND_INTENSITY_EACH_2Y,
                        Operator.GREATER_THAN,
                        Quantity.percent("3"))))
            .addBands(
                Band.of(
                    Interval.closedOpen(Quantity.wanYuan("5000"), Quantity.yiYuan("1")),
                    cmp(
                        "fake.giant2.rnd.mid",
                        Indicators.RND_INTENSITY_EACH_2Y,
                        Operator.AT_LEAST,
                        Quantity.percent("5"))))
            .addBands(
                Band.of(
                    Interval.lessThan(Quantity.wanYuan("5000")),
                    cmp(
                        "fake.giant2.equity",
                        Indicators.EQUITY_FINANCING_2Y,
                        Operator.AT_LEAST,
                        Quantity.wanYuan("8000"))))
            .build();
    return EligibilityCriteria.builder()
        .id(FactId.of("fake.giant2.criteria"))
        .tier(GIANT)
        .label(text("giant v2"))
        .source(ref("2"))
        .addTracks(
            Track.builder()
                .id(FactId.of("fake.giant2.general"))
                .kind(TrackKind.GENERAL)
                .label(text("general"))
                .condition(
                    AllOf.builder()
                        .id(FactId.of("fake.giant2.all"))
                        .label(text("all"))
                        .source(ref("2"))
                        .addConditions(
                            cmp(
                                "fake.giant2.debt",
                                Indicators.DEBT_TO_ASSET_RATIO,
                                Operator.AT_MOST,
                                Quantity.percent("75")),
                            banded,
                            Qualitative.builder()
                                .id(FactId.of("fake.giant2.brand"))
                                .label(text("own brand"))
                                .source(ref("2"))
                                .declaration("own-brand")
                                .build())
                        .build())
                .build())
        .build();
  }

  public static PolicyDocument document() {
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(text("测试政府"))
        .title(text("测试文件"))
        .issued(LocalDate.of(2024, 1, 15))
        .validity(DateRange.of(LocalDate.of(2024, 1, 15), LocalDate.of(2027, 1, 1)))
        .jurisdiction(COUNTY)
        .completeness(Completeness.COMPLETE)
        .addOutline(
            Clause.encoded("1", "入库", "pool"),
            Clause.encoded("2", "巨人", "giant"),
            Clause.encoded("3", "奖励", "rewards"))
        .addTiers(
            Tier.builder()
                .id(POOL)
                .name(text("pool"))
                .jurisdiction(COUNTY)
                .level(JurisdictionLevel.COUNTY)
                .source(ref("1"))
                .build())
        .addTiers(
            Tier.builder()
                .id(GIANT)
                .name(text("giant"))
                .jurisdiction(PROVINCE)
                .level(JurisdictionLevel.PROVINCE)
                .source(ref("2"))
                .build())
        .addLadders(
            TierLadder.builder()
                .id(FactId.of("fake.ladder"))
                .jurisdiction(COUNTY)
                .label(text("ladder"))
                .addRungs(POOL, GIANT)
                .source(ref("2"))
                .build())
        .addCriteria(poolCriteria(), giantCriteria())
        .addIncentives(
            reward("fake.reward.pool", POOL, "5"), reward("fake.reward.giant", GIANT, "20"))
        .build();
  }

  static Incentive reward(String id, TierId tier, String wan) {
    return Incentive.builder()
        .id(FactId.of(id))
        .label(text(id))
        .kind(IncentiveKind.ONE_OFF_REWARD)
        .amount(Quantity.wanYuan(wan))
        .trigger(
            Trigger.builder()
                .kind(TriggerKind.FIRST_RECOGNITION)
                .tier(tier)
                .description(text("first"))
                .build())
        .fundingJurisdiction(COUNTY)
        .stacking(
            Stacking.builder()
                .rule(StackingRule.HIGHEST_LEVEL_ONCE)
                .group("fake.recognition")
                .source(ref("3"))
                .build())
        .source(ref("3"))
        .build();
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public List<Jurisdiction> jurisdictions() {
    return List.of(
        Jurisdiction.builder()
            .code(PROVINCE)
            .level(JurisdictionLevel.PROVINCE)
            .name(text("测试省"))
            .parent(JurisdictionCode.CN)
            .build(),
        Jurisdiction.builder()
            .code(COUNTY)
            .level(JurisdictionLevel.COUNTY)
            .name(text("测试县"))
            .parent(PROVINCE)
            .build());
  }

  @Override
  public List<PolicyDocument> documents() {
    return List.of(document());
  }
}
