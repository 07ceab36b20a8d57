package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Commitment;
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
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Stacking;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.model.Trigger;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.national.NationalTiers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invented county "990001" in province "990000" with two successive documents, so that the
 * rendering of every outcome, trace, gap, incentive, diff and comparison can be tested while the
 * real region data is still being encoded. Not real data.
 *
 * <p>Document 1 (2024): pool tier: common declaration "well-managed"; manufacturing track needs
 * main-business revenue ≥ 5000万元 and ≥ 2 invention patents; innovation track founded in 2014 or
 * later. Giant tier: operating revenue ≥ 1亿元 → R&amp;D ≥ 3%, below → holds the pool tier; and debt
 * ≤ 70%. Rewards: pool 5万元, giant 20万元, national little giant 50万元 (all funded by the county).
 * Target: 30 new pool firms over 2024–2026.
 *
 * <p>Document 2 (2025, replaces 1): the pool's revenue bound becomes 0.6亿元, the innovation track is
 * dropped, the pool reward becomes 8万元, the target becomes 60 new firms over 2025–2029; it adds a
 * county "star" tier whose criteria use the remaining condition shapes.
 */
final class FixturePolicy implements PolicySource {
  static final String DOC1 = "测试发〔2024〕1号";
  static final String DOC2 = "测试发〔2025〕2号";
  static final JurisdictionCode PROVINCE = JurisdictionCode.of("990000");
  static final JurisdictionCode COUNTY = JurisdictionCode.of("990001");
  static final TierId POOL = TierId.of("fake.pool");
  static final TierId GIANT = TierId.of("fake.giant");
  static final TierId STAR = TierId.of("fake.star");

  private static SourceRef ref(String doc, String clause) {
    return SourceRef.of(doc, clause);
  }

  private static LocalizedText text(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  private static Comparison cmp(
      String id, String doc, Indicator indicator, Operator op, Quantity bound) {
    return Comparison.builder()
        .id(FactId.of(id))
        .label(text(indicator.name().zh(), indicator.name().en()))
        .source(ref(doc, "1"))
        .indicator(indicator.id())
        .operator(op)
        .threshold(bound)
        .build();
  }

  private static EligibilityCriteria pool(
      String p, String doc, Quantity revenue, boolean innovationTrack) {
    Condition mfg =
        AllOf.builder()
            .id(FactId.of(p + ".pool.mfg.all"))
            .label(text("规模与专利", "size and patents"))
            .source(ref(doc, "1"))
            .addConditions(
                cmp(
                    p + ".pool.revenue",
                    doc,
                    Indicators.MAIN_BUSINESS_REVENUE,
                    Operator.AT_LEAST,
                    revenue))
            .addConditions(
                cmp(
                    p + ".pool.patents",
                    doc,
                    Indicators.INVENTION_PATENTS,
                    Operator.AT_LEAST,
                    Quantity.count(2, Unit.IP_ITEMS)))
            .build();
    EligibilityCriteria.Builder b =
        EligibilityCriteria.builder()
            .id(FactId.of(p + ".pool.criteria"))
            .tier(POOL)
            .label(text("入库条件", "pool criteria"))
            .source(ref(doc, "1"))
            .common(
                Qualitative.builder()
                    .id(FactId.of(p + ".pool.managed"))
                    .label(text("管理规范", "well managed"))
                    .source(ref(doc, "1"))
                    .declaration("well-managed")
                    .note(text("按企业自我声明处理", "taken as the firm's own declaration"))
                    .build())
            .addTracks(
                Track.builder()
                    .id(FactId.of(p + ".pool.track-mfg"))
                    .kind(TrackKind.MANUFACTURING)
                    .label(text("制造业", "manufacturing"))
                    .condition(mfg)
                    .build())
            .addCaveats(text("以当年申报通知为准", "the yearly call prevails"));
    if (innovationTrack) {
      b.addTracks(
          Track.builder()
              .id(FactId.of(p + ".pool.track-new"))
              .kind(TrackKind.INNOVATION)
              .label(text("新设企业", "young firms"))
              .condition(
                  cmp(
                      p + ".pool.founded",
                      doc,
                      Indicators.FOUNDING_YEAR,
                      Operator.AT_LEAST,
                      Quantity.calendarYear(2014)))
              .build());
    }
    return b.build();
  }

  private static EligibilityCriteria giant(String p, String doc) {
    Condition banded =
        Banded.builder()
            .id(FactId.of(p + ".giant.rnd"))
            .label(text("研发投入", "R&D by size"))
            .source(ref(doc, "2"))
            .indicator(Indicators.OPERATING_REVENUE.id())
            .addBands(
                Band.of(
                    Interval.atLeast(Quantity.yiYuan("1")),
                    cmp(
                        p + ".giant.rnd.high",
                        doc,
                        Indicators.RND_INTENSITY,
                        Operator.AT_LEAST,
                        Quantity.percent("3"))))
            .addBands(
                Band.of(
                    Interval.lessThan(Quantity.yiYuan("1")),
                    HoldsTier.builder()
                        .id(FactId.of(p + ".giant.in-pool"))
                        .label(text("已入库", "in the pool"))
                        .source(ref(doc, "2"))
                        .tier(POOL)
                        .build()))
            .build();
    return EligibilityCriteria.builder()
        .id(FactId.of(p + ".giant.criteria"))
        .tier(GIANT)
        .label(text("巨人条件", "giant criteria"))
        .source(ref(doc, "2"))
        .addTracks(
            Track.builder()
                .id(FactId.of(p + ".giant.track"))
                .kind(TrackKind.GENERAL)
                .label(text("通用", "general"))
                .condition(
                    AllOf.builder()
                        .id(FactId.of(p + ".giant.all"))
                        .label(text("全部", "all of"))
                        .source(ref(doc, "2"))
                        .addConditions(
                            banded,
                            cmp(
                                p + ".giant.debt",
                                doc,
                                Indicators.DEBT_TO_ASSET_RATIO,
                                Operator.AT_MOST,
                                Quantity.percent("70")))
                        .build())
                .build())
        .build();
  }

  /**
   * The remaining shapes: any of (a scorecard of at least 60 points with at least 20 on IP, or 2 of
   * 3: patents (utility + design) ≥ 10, software copyrights ≥ 5, a free band of revenue ≥ 2亿).
   */
  private static EligibilityCriteria star() {
    String d = DOC2;
    Scorecard card =
        Scorecard.builder()
            .id(FactId.of("fake2.star.score"))
            .label(text("评分", "score"))
            .source(ref(d, "2"))
            .minimumTotal(new BigDecimal("60"))
            .putCategoryMinimums("ip", new BigDecimal("20"))
            .addItems(
                ScoreItem.builder()
                    .indicator(Indicators.INVENTION_PATENTS.id())
                    .category("ip")
                    .addBands(
                        ScoreBand.of(
                            Interval.closedOpen(
                                Quantity.count(0, Unit.IP_ITEMS), Quantity.count(3, Unit.IP_ITEMS)),
                            "10"))
                    .addBands(
                        ScoreBand.of(Interval.atLeast(Quantity.count(3, Unit.IP_ITEMS)), "30"))
                    .build())
            .addItems(
                ScoreItem.builder()
                    .indicator(Indicators.RND_INTENSITY.id())
                    .category("rnd")
                    .addBands(
                        ScoreBand.of(
                            Interval.closedOpen(Quantity.percent("0"), Quantity.percent("5")),
                            "20"))
                    .addBands(ScoreBand.of(Interval.atLeast(Quantity.percent("5")), "40"))
                    .build())
            .build();
    Condition twoOfThree =
        AtLeast.builder()
            .id(FactId.of("fake2.star.two-of-three"))
            .label(text("三选二", "two of three"))
            .source(ref(d, "2"))
            .count(2)
            .addConditions(
                SumComparison.builder()
                    .id(FactId.of("fake2.star.other-patents"))
                    .label(text("其他专利", "other patents"))
                    .source(ref(d, "2"))
                    .addIndicators(
                        Indicators.UTILITY_MODEL_PATENTS.id(), Indicators.DESIGN_PATENTS.id())
                    .operator(Operator.AT_LEAST)
                    .threshold(Quantity.count(10, Unit.IP_ITEMS))
                    .build())
            .addConditions(
                cmp(
                    "fake2.star.software",
                    d,
                    Indicators.SOFTWARE_COPYRIGHTS,
                    Operator.AT_LEAST,
                    Quantity.count(5, Unit.IP_ITEMS)))
            .addConditions(
                Banded.builder()
                    .id(FactId.of("fake2.star.size"))
                    .label(text("规模", "size"))
                    .source(ref(d, "2"))
                    .indicator(Indicators.OPERATING_REVENUE.id())
                    .addBands(Band.free(Interval.atLeast(Quantity.yiYuan("2"))))
                    .build())
            .build();
    return EligibilityCriteria.builder()
        .id(FactId.of("fake2.star.criteria"))
        .tier(STAR)
        .label(text("明星条件", "star criteria"))
        .source(ref(d, "2"))
        .addTracks(
            Track.builder()
                .id(FactId.of("fake2.star.track"))
                .kind(TrackKind.PRODUCT)
                .label(text("产品", "product"))
                .condition(
                    AnyOf.builder()
                        .id(FactId.of("fake2.star.any"))
                        .label(text("任一", "either"))
                        .source(ref(d, "2"))
                        .addConditions(card, twoOfThree)
                        .build())
                .build())
        .build();
  }

  private static Incentive reward(String id, String doc, TierId tier, Quantity amount) {
    return Incentive.builder()
        .id(FactId.of(id))
        .label(text("认定奖励", "recognition reward"))
        .kind(IncentiveKind.ONE_OFF_REWARD)
        .amount(amount)
        .trigger(
            Trigger.builder()
                .kind(TriggerKind.FIRST_RECOGNITION)
                .tier(tier)
                .description(text("首次认定", "first recognition"))
                .build())
        .fundingJurisdiction(COUNTY)
        .stacking(
            Stacking.builder()
                .rule(StackingRule.HIGHEST_LEVEL_ONCE)
                .group("fake.recognition")
                .source(ref(doc, "3"))
                .build())
        .source(ref(doc, "3"))
        .build();
  }

  private static Target target(String id, String doc, int firms, DateRange period) {
    return Target.builder()
        .id(FactId.of(id))
        .metric(text("新增入库企业", "new pool firms"))
        .metricKey("pool-firms")
        .tier(POOL)
        .comparator(TargetComparator.AT_LEAST)
        .value(Quantity.count(firms, Unit.ENTERPRISES))
        .cadence(TargetCadence.OVER_PERIOD)
        .period(period)
        .basis(TargetBasis.NEW)
        .commitment(Commitment.FIRM)
        .scope(COUNTY)
        .source(ref(doc, "4"))
        .build();
  }

  private static List<Clause> outline() {
    return List.of(
        Clause.encoded("1", "入库", "pool"),
        Clause.encoded("2", "巨人", "giant"),
        Clause.encoded("3", "奖励", "rewards"),
        Clause.encoded("4", "目标", "targets"));
  }

  static PolicyDocument first() {
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC1))
        .issuer(text("测试县政府", "test county government"))
        .title(text("测试培育办法", "test cultivation measures"))
        .issued(LocalDate.of(2024, 1, 15))
        .validity(DateRange.of(LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 1)))
        .jurisdiction(COUNTY)
        .completeness(Completeness.COMPLETE)
        .addAllOutline(outline())
        .addTiers(
            Tier.builder()
                .id(POOL)
                .name(text("测试培育库", "test pool"))
                .jurisdiction(COUNTY)
                .level(JurisdictionLevel.COUNTY)
                .source(ref(DOC1, "1"))
                .build())
        .addTiers(
            Tier.builder()
                .id(GIANT)
                .name(text("测试巨人", "test giant"))
                .jurisdiction(PROVINCE)
                .level(JurisdictionLevel.PROVINCE)
                .addPrerequisites(POOL)
                .source(ref(DOC1, "2"))
                .build())
        .addLadders(
            TierLadder.builder()
                .id(FactId.of("fake.ladder"))
                .jurisdiction(COUNTY)
                .label(text("测试梯度", "test ladder"))
                .addRungs(POOL, GIANT, NationalTiers.LITTLE_GIANT)
                .source(ref(DOC1, "2"))
                .build())
        .addCriteria(pool("fake", DOC1, Quantity.wanYuan("5000"), true), giant("fake", DOC1))
        .addIncentives(
            reward("fake.reward.pool", DOC1, POOL, Quantity.wanYuan("5")),
            reward("fake.reward.giant", DOC1, GIANT, Quantity.wanYuan("20")),
            reward(
                "fake.reward.little-giant",
                DOC1,
                NationalTiers.LITTLE_GIANT,
                Quantity.yuan("500000")))
        .addTargets(target("fake.target.pool", DOC1, 30, DateRange.years(2024, 2026)))
        .build();
  }

  static PolicyDocument second() {
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC2))
        .issuer(text("测试县政府", "test county government"))
        .title(text("测试培育办法（修订）", "test cultivation measures (revised)"))
        .issued(LocalDate.of(2025, 1, 1))
        .validity(DateRange.from(LocalDate.of(2025, 1, 1)))
        .jurisdiction(COUNTY)
        .completeness(Completeness.COMPLETE)
        .addAllOutline(outline())
        .addTiers(
            Tier.builder()
                .id(STAR)
                .name(text("测试明星", "test star"))
                .jurisdiction(COUNTY)
                .level(JurisdictionLevel.COUNTY)
                .source(ref(DOC2, "2"))
                .build())
        .addCriteria(
            pool("fake2", DOC2, Quantity.yiYuan("0.6"), false), giant("fake2", DOC2), star())
        .addIncentives(
            reward("fake2.reward.pool", DOC2, POOL, Quantity.wanYuan("8")),
            reward("fake2.reward.giant", DOC2, GIANT, Quantity.wanYuan("20")))
        .addTargets(target("fake2.target.pool", DOC2, 60, DateRange.years(2025, 2029)))
        .build();
  }

  @Override
  public String name() {
    return "fixture";
  }

  @Override
  public List<Jurisdiction> jurisdictions() {
    return List.of(
        Jurisdiction.builder()
            .code(PROVINCE)
            .level(JurisdictionLevel.PROVINCE)
            .name(text("测试省", "Test Province"))
            .parent(JurisdictionCode.CN)
            .build(),
        Jurisdiction.builder()
            .code(COUNTY)
            .level(JurisdictionLevel.COUNTY)
            .name(text("测试县", "Test County"))
            .parent(PROVINCE)
            .build());
  }

  @Override
  public List<PolicyDocument> documents() {
    return List.of(first(), second());
  }
}
