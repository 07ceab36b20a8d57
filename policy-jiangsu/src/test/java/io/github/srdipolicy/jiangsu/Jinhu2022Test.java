package io.github.srdipolicy.jiangsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number, date and comparator of the main text of 金政发〔2022〕33号, checked against its clause.
 */
class Jinhu2022Test {
  private static final PolicyDocument DOC =
      CatalogueTest.CATALOG.document(DocumentId.of("金政发〔2022〕33号"));
  private static final String P = "jinhu.2022.";
  private static final Commitment FIRM = Commitment.FIRM;
  private static final Commitment STRIVE = Commitment.ASPIRATIONAL;

  @Test
  void metadata() {
    assertEquals("金湖县人民政府", DOC.issuer().zh());
    assertEquals(Optional.of(LocalDate.of(2022, 4, 22)), DOC.issued());
    assertEquals(Optional.of(DateRange.years(2022, 2024)), DOC.planPeriod());
    assertEquals(JiangsuSource.COUNTY, DOC.jurisdiction());
    assertEquals(List.of(DocumentId.of("财建〔2021〕2号"), DocumentId.of("淮发〔2022〕4号")), DOC.cites());
    assertTrue(DOC.isInForceOn(LocalDate.of(2024, 12, 31)));
    assertFalse(DOC.isInForceOn(LocalDate.of(2025, 1, 1)));
  }

  /** Yearly recognition targets of 二、(二): (target, tier, low, high). */
  static Stream<Arguments> yearlyTargets() {
    return Stream.of(
        arguments("target.national-little-giants", TierId.of("cn.little-giant"), 1, 2),
        arguments("target.provincial-little-giants", JiangsuTiers.LITTLE_GIANT, 2, 5),
        arguments("target.city-little-giants", JiangsuTiers.HUAIAN_LITTLE_GIANT, 8, 15));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yearlyTargets")
  void yearlyTarget(String id, TierId tier, int low, int high) {
    Target t = target(id);
    assertEquals("二、(二)", t.source().clause());
    assertEquals(Optional.of(tier), t.tier());
    assertEquals(TargetComparator.RANGE, t.comparator());
    assertTrue(Quantity.count(low, Unit.ENTERPRISES).isSameValueAs(t.value()));
    assertTrue(Quantity.count(high, Unit.ENTERPRISES).isSameValueAs(t.upper().orElseThrow()));
    assertEquals(TargetCadence.PER_YEAR, t.cadence());
    assertEquals(Optional.of(DateRange.years(2022, 2024)), t.period());
    assertEquals(TargetBasis.NEW, t.basis());
    assertEquals(FIRM, t.commitment());
  }

  /** Goals to 2024: (target, clause, comparator, value, commitment, basis, tier or null). */
  static Stream<Arguments> goalsTo2024() {
    return Stream.of(
        arguments(
            "target.pool-size",
            "三、(一)2",
            TargetComparator.MORE_THAN,
            Quantity.count(150, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.CUMULATIVE,
            JiangsuTiers.JINHU_POOL),
        arguments(
            "target.provincial-pool",
            "三、(一)2",
            TargetComparator.EXACTLY,
            Quantity.count(30, Unit.ENTERPRISES),
            STRIVE,
            TargetBasis.NOT_STATED,
            JiangsuTiers.QIANQI_POOL),
        arguments(
            "target.city-pool",
            "三、(一)2",
            TargetComparator.EXACTLY,
            Quantity.count(50, Unit.ENTERPRISES),
            STRIVE,
            TargetBasis.NOT_STATED,
            JiangsuTiers.HUAIAN_POOL),
        arguments(
            "target.rnd-institutions",
            "三、(二)4",
            TargetComparator.EXACTLY,
            Quantity.count(20, Unit.FACILITIES),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.first-set-equipment",
            "三、(二)5",
            TargetComparator.EXACTLY,
            Quantity.count(6, Unit.ITEMS),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.smart-workshops",
            "三、(二)6",
            TargetComparator.EXACTLY,
            Quantity.count(6, Unit.FACILITIES),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.internet-benchmark-factories",
            "三、(二)6",
            TargetComparator.EXACTLY,
            Quantity.count(5, Unit.FACILITIES),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.people-trained",
            "三、(二)7",
            TargetComparator.MORE_THAN,
            Quantity.count(1000, Unit.PERSONS),
            FIRM,
            TargetBasis.NOT_STATED,
            null),
        arguments(
            "target.energy-saving-firms",
            "三、(二)7",
            TargetComparator.EXACTLY,
            Quantity.count(30, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.NOT_STATED,
            null),
        arguments(
            "target.quality-awards",
            "三、(二)8",
            TargetComparator.EXACTLY,
            Quantity.count(1, Unit.ITEMS),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.jiangsu-jingpin",
            "三、(二)8",
            TargetComparator.EXACTLY,
            Quantity.count(2, Unit.ITEMS),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.invention-patents",
            "三、(二)8",
            TargetComparator.EXACTLY,
            Quantity.count(260, Unit.IP_ITEMS),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.standards",
            "三、(二)8",
            TargetComparator.ABOUT,
            Quantity.count(10, Unit.ITEMS),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.service-platforms",
            "三、(二)10",
            TargetComparator.EXACTLY,
            Quantity.count(3, Unit.FACILITIES),
            FIRM,
            TargetBasis.NEW,
            null),
        arguments(
            "target.startup-base",
            "三、(二)10",
            TargetComparator.EXACTLY,
            Quantity.count(1, Unit.FACILITIES),
            FIRM,
            TargetBasis.NEW,
            null));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("goalsTo2024")
  void goalTo2024(
      String id,
      String clause,
      TargetComparator comparator,
      Quantity value,
      Commitment commitment,
      TargetBasis basis,
      TierId tier) {
    Target t = target(id);
    assertEquals(clause, t.source().clause());
    assertEquals(comparator, t.comparator());
    assertEquals(value.unit(), t.value().unit());
    assertTrue(value.isSameValueAs(t.value()), t.value() + " is not " + value);
    assertEquals(commitment, t.commitment());
    assertEquals(basis, t.basis());
    assertEquals(Optional.ofNullable(tier), t.tier());
    assertEquals(TargetCadence.BY_DEADLINE, t.cadence());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), t.deadline());
    assertEquals(JiangsuSource.COUNTY, t.scope());
  }

  @Test
  void everyTargetOfTheDocumentIsInATable() {
    Set<String> table =
        Stream.concat(yearlyTargets(), goalsTo2024())
            .map(a -> P + a.get()[0])
            .collect(Collectors.toSet());
    assertEquals(
        table, DOC.targets().stream().map(t -> t.id().toString()).collect(Collectors.toSet()));
  }

  private static Target target(String id) {
    return CatalogueTest.CATALOG.fact(FactId.of(P + id), Target.class);
  }

  /** (measure, clause, kind, responsible units as named, linked targets). */
  static Stream<Arguments> measures() {
    Measure.Kind task = Measure.Kind.TASK;
    Measure.Kind safeguard = Measure.Kind.SAFEGUARD;
    return Stream.of(
        arguments("task.1-entry-standard", "三、(一)1", task, List.of("县工信局"), List.of()),
        arguments(
            "task.2-selection",
            "三、(一)2",
            task,
            List.of("县工信局"),
            List.of("target.pool-size", "target.provincial-pool", "target.city-pool")),
        arguments(
            "task.3-dynamic-management",
            "三、(一)3",
            task,
            List.of("县工信局", "各镇", "各街道", "开发区"),
            List.of()),
        arguments(
            "task.4-innovation",
            "三、(二)4",
            task,
            List.of("县工信局", "县发改委", "县科技局"),
            List.of("target.rnd-institutions")),
        arguments(
            "task.5-technical-upgrading",
            "三、(二)5",
            task,
            List.of("县工信局"),
            List.of("target.first-set-equipment")),
        arguments(
            "task.6-smart-digital",
            "三、(二)6",
            task,
            List.of("县工信局"),
            List.of("target.smart-workshops", "target.internet-benchmark-factories")),
        arguments(
            "task.7-management",
            "三、(二)7",
            task,
            List.of("县工信局", "县人社局", "县市场监管局", "县应急局", "县人才办"),
            List.of("target.people-trained", "target.energy-saving-firms")),
        arguments(
            "task.8-quality-brands",
            "三、(二)8",
            task,
            List.of("县市场监管局"),
            List.of(
                "target.quality-awards",
                "target.jiangsu-jingpin",
                "target.invention-patents",
                "target.standards")),
        arguments(
            "task.9-market-share",
            "三、(二)9",
            task,
            List.of("县工信局", "县科技局", "县商务局", "县工商联", "各相关部门"),
            List.of()),
        arguments(
            "task.10-clusters",
            "三、(二)10",
            task,
            List.of("县工信局", "县科技局", "各相关部门"),
            List.of("target.service-platforms", "target.startup-base")),
        arguments("task.11-coaching", "三、(三)11", task, List.of("县工信局"), List.of()),
        arguments("task.12-recommendation", "三、(三)12", task, List.of("县工信局"), List.of()),
        arguments(
            "safeguard.1-organisation",
            "四、(一)",
            safeguard,
            List.of("县专精特新小巨人企业培育工作领导小组", "县工信局", "各镇", "各街道", "开发区"),
            List.of()),
        arguments(
            "safeguard.2-pairing",
            "四、(二)",
            safeguard,
            List.of("县四套班子领导", "镇（街道）主要领导", "重点责任部门"),
            List.of()),
        arguments("safeguard.3-funding", "四、(三)", safeguard, List.of(), List.of()),
        arguments("safeguard.4-services", "四、(四)", safeguard, List.of(), List.of()),
        arguments("safeguard.5-inspections", "四、(五)", safeguard, List.of(), List.of()),
        arguments(
            "safeguard.6-assessment",
            "四、(六)",
            safeguard,
            List.of("各镇", "各街道", "开发区", "各相关部门"),
            List.of()),
        arguments("safeguard.7-publicity", "四、(七)", safeguard, List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("measures")
  void measure(
      String id, String clause, Measure.Kind kind, List<String> units, List<String> targets) {
    Measure m = CatalogueTest.CATALOG.fact(FactId.of(P + id), Measure.class);
    assertEquals(clause, m.source().clause());
    assertEquals(kind, m.kind());
    assertEquals(units, m.responsibleUnits().stream().map(LocalizedText::zh).toList());
    assertEquals(targets.stream().map(t -> FactId.of(P + t)).toList(), m.targets());
    assertEquals(
        units.isEmpty(), m.note().isPresent(), "a measure without units says they are not stated");
  }

  @Test
  void twelveTasksAndSevenSafeguards() {
    assertEquals(12, DOC.measures().stream().filter(m -> m.parent().isPresent()).count());
    assertEquals(
        7, DOC.measures().stream().filter(m -> m.kind() == Measure.Kind.SAFEGUARD).count());
  }

  /** (incentive, clause, kind, trigger, stacking rule). */
  static Stream<Arguments> incentives() {
    return Stream.of(
        arguments(
            "incentive.priority-recommendation",
            "三、(一)2",
            IncentiveKind.PRIORITY_SERVICE,
            TriggerKind.POOL_MEMBERSHIP,
            StackingRule.NOT_STATED),
        arguments(
            "incentive.cultivation-fund",
            "四、(三)",
            IncentiveKind.FUNDED_SERVICE,
            TriggerKind.POOL_MEMBERSHIP,
            StackingRule.NOT_STATED),
        arguments(
            "incentive.priority-funding",
            "四、(三)",
            IncentiveKind.PRIORITY_SERVICE,
            TriggerKind.POOL_MEMBERSHIP,
            StackingRule.NOT_STATED),
        arguments(
            "incentive.listing-support",
            "四、(三)",
            IncentiveKind.POLICY_REFERENCE,
            TriggerKind.LISTING,
            StackingRule.NOT_STATED),
        arguments(
            "incentive.title-green-channel",
            "四、(四)",
            IncentiveKind.FAST_TRACK,
            TriggerKind.OTHER,
            StackingRule.NOT_STATED),
        arguments(
            "incentive.lenient-first-inspection",
            "四、(五)",
            IncentiveKind.FAST_TRACK,
            TriggerKind.POOL_MEMBERSHIP,
            StackingRule.NOT_STATED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("incentives")
  void incentive(
      String id, String clause, IncentiveKind kind, TriggerKind trigger, StackingRule rule) {
    Incentive i = CatalogueTest.CATALOG.fact(FactId.of(P + id), Incentive.class);
    assertEquals(clause, i.source().clause());
    assertEquals(kind, i.kind());
    assertEquals(trigger, i.trigger().kind());
    assertEquals(rule, i.stacking().rule());
    assertEquals(JiangsuSource.COUNTY, i.fundingJurisdiction());
    // the document states no amount for any of them
    assertEquals(Optional.empty(), i.amount());
    assertEquals(Optional.empty(), i.cap());
  }

  @Test
  void everyIncentiveIsInTheTable() {
    Set<String> table = incentives().map(a -> P + a.get()[0]).collect(Collectors.toSet());
    assertEquals(
        table, DOC.incentives().stream().map(i -> i.id().toString()).collect(Collectors.toSet()));
  }

  /**
   * 四、(三) says only that a higher-level reward does not stop a county re-reward: it names no county
   * reward, so a Jinhu firm recognised at every level during the plan is owed no county reward by
   * this document, and the stacking rule is kept as a provision.
   */
  @Test
  void fourThreeStatesAStackingRuleAndNoCountyReward() {
    EnterpriseProfile firm =
        EnterpriseProfile.builder()
            .jurisdiction(JiangsuSource.COUNTY)
            .addTiers(TierHolding.of("huaian.little-giant", LocalDate.of(2022, 9, 1)))
            .addTiers(TierHolding.of("jiangsu.little-giant", LocalDate.of(2023, 9, 1)))
            .addTiers(TierHolding.of("cn.little-giant", LocalDate.of(2024, 7, 1)))
            .build();
    assertEquals(
        List.of(),
        CatalogueTest.CATALOG.rewardsDue(firm, LocalDate.of(2024, 12, 31)).stream()
            .filter(r -> r.incentive().toString().startsWith(P))
            .toList());
    assertEquals(
        List.of(),
        DOC.incentives().stream()
            .filter(
                i ->
                    i.kind() == IncentiveKind.ONE_OFF_REWARD
                        || i.trigger().kind() == TriggerKind.FIRST_RECOGNITION)
            .map(i -> i.id().toString())
            .toList());
    Provision rule =
        CatalogueTest.CATALOG.fact(FactId.of(P + "funding.county-re-reward"), Provision.class);
    assertEquals("四、(三)", rule.source().clause());
    assertEquals(Provision.Kind.PROCEDURE, rule.kind());
    assertTrue(rule.note().orElseThrow().en().contains("not stated"));
    assertEquals(List.of(), rule.responsibleUnits());
  }

  @Test
  void focusAndProcedures() {
    Provision industries =
        CatalogueTest.CATALOG.fact(FactId.of(P + "focus.leading-industries"), Provision.class);
    assertEquals(
        List.of("高端装备", "新材料", "大健康"), industries.items().stream().map(LocalizedText::zh).toList());
    assertEquals("三、(一)1", industries.source().clause());
    Provision review =
        CatalogueTest.CATALOG.fact(FactId.of(P + "pool.yearly-review"), Provision.class);
    assertEquals(Provision.Kind.PROCEDURE, review.kind());
    assertEquals("三、(一)3", review.source().clause());
    Provision clusters =
        CatalogueTest.CATALOG.fact(FactId.of("jinhu.annex1.clusters"), Provision.class);
    assertEquals(13, clusters.items().size());
    assertEquals(
        List.of(
            "新型电力（新能源）装备",
            "工程机械",
            "物联网",
            "前沿新材料",
            "生物医药和新型医疗器械",
            "高端纺织",
            "集成电路",
            "海工装备和高技术船舶",
            "高端装备",
            "节能环保",
            "核心信息技术",
            "汽车及零部件",
            "新型显示"),
        clusters.items().stream().map(LocalizedText::zh).toList());
    List<String> principles =
        DOC.provisions().stream()
            .filter(p -> p.kind() == Provision.Kind.PRINCIPLE)
            .map(p -> p.source().clause())
            .toList();
    assertEquals(List.of("二、(一)1", "二、(一)2", "二、(一)3", "二、(一)4"), principles);
    Provision emerging =
        CatalogueTest.CATALOG.fact(FactId.of("jinhu.annex1.emerging-industries"), Provision.class);
    assertEquals(
        List.of("互联网", "大数据", "云计算", "人工智能", "软件和集成电路", "高端装备制造", "生物医药"),
        emerging.items().stream().map(LocalizedText::zh).toList());
    assertEquals("附件1 创新类 1", emerging.source().clause());
  }

  @Test
  void leadingGroupHasTheElevenMembersOfFourOne() {
    Provision group = CatalogueTest.CATALOG.fact(FactId.of(P + "leading-group"), Provision.class);
    assertEquals("四、(一)", group.source().clause());
    assertEquals(
        List.of(
            "县工信局",
            "县发改委",
            "县财政局",
            "县科技局",
            "县审批局",
            "县市场监管局",
            "县商务局",
            "县生态环境局",
            "县应急局",
            "县工商联",
            "县金融管理服务中心"),
        group.items().stream().map(LocalizedText::zh).toList());
  }
}
