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
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TriggerKind;
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

  /**
   * Key rows of the review sheet (id | clause | metric | comparator | value with unit, cadence) of
   * every target, each under the clause text it was checked against. 超 and 超过 exclude the bound
   * (MORE_THAN); 左右 is ABOUT; a bare count is EXACTLY; 每年 is a range per year over the plan period,
   * the others are due by the end of the plan (到2024年).
   */
  static final String TARGET_ROWS =
      """
      // 二、(二): 每年分别新增国家级（含单项冠军产品）1—2家、省级2—5家、市级8—15家
      jinhu.2022.target.national-little-giants | 二、(二) | firms.little-giant | RANGE | 1家 – 2家 per year in [2022-01-01, 2025-01-01)
      jinhu.2022.target.provincial-little-giants | 二、(二) | firms.provincial-little-giant | RANGE | 2家 – 5家 per year in [2022-01-01, 2025-01-01)
      jinhu.2022.target.city-little-giants | 二、(二) | firms.city-little-giant | RANGE | 8家 – 15家 per year in [2022-01-01, 2025-01-01)
      // 三、(一)2: 确保累计入库培育企业超150家，力争推动30家进入省级培育库、50家进入市级培育库
      jinhu.2022.target.pool-size | 三、(一)2 | firms.county-cultivation-pool | MORE_THAN | 150家 by 2024-12-31
      jinhu.2022.target.provincial-pool | 三、(一)2 | firms.provincial-cultivation-pool | EXACTLY | 30家 by 2024-12-31
      jinhu.2022.target.city-pool | 三、(一)2 | firms.city-cultivation-pool | EXACTLY | 50家 by 2024-12-31
      // 三、(二)4: 到2024年，新增20家省级以上研发机构
      jinhu.2022.target.rnd-institutions | 三、(二)4 | facilities.provincial-or-above-rnd-institution | EXACTLY | 20 facilities by 2024-12-31
      // 三、(二)5: 新增省级首台（套）重大装备6个
      jinhu.2022.target.first-set-equipment | 三、(二)5 | items.provincial-first-set-major-equipment | EXACTLY | 6 items by 2024-12-31
      // 三、(二)6: 新增省级以上智能车间（工厂）6家，市级以上工业互联网标杆工厂5家
      jinhu.2022.target.smart-workshops | 三、(二)6 | facilities.provincial-or-above-smart-workshop | EXACTLY | 6 facilities by 2024-12-31
      jinhu.2022.target.internet-benchmark-factories | 三、(二)6 | facilities.city-or-above-industrial-internet-benchmark-factory | EXACTLY | 5 facilities by 2024-12-31
      // 三、(二)7: 培训超过1000名…人才，推动30家企业实施节能及循环经济改造
      jinhu.2022.target.people-trained | 三、(二)7 | persons.trained | MORE_THAN | 1000人 by 2024-12-31
      jinhu.2022.target.energy-saving-firms | 三、(二)7 | firms.energy-saving-circular-retrofit | EXACTLY | 30家 by 2024-12-31
      // 三、(二)8: 新增质量奖1个，"江苏精品"2个，企业发明专利260件，标准10项左右
      jinhu.2022.target.quality-awards | 三、(二)8 | items.quality-awards | EXACTLY | 1 items by 2024-12-31
      jinhu.2022.target.jiangsu-jingpin | 三、(二)8 | items.jiangsu-jingpin | EXACTLY | 2 items by 2024-12-31
      jinhu.2022.target.invention-patents | 三、(二)8 | ip.invention-patents | EXACTLY | 260项 by 2024-12-31
      jinhu.2022.target.standards | 三、(二)8 | items.standards-led-or-joined | ABOUT | 10 items by 2024-12-31
      // 三、(二)10: 新建成3家省中小企业公共服务示范平台，1家省小型微型企业创业创新示范基地
      jinhu.2022.target.service-platforms | 三、(二)10 | facilities.provincial-sme-public-service-demo-platform | EXACTLY | 3 facilities by 2024-12-31
      jinhu.2022.target.startup-base | 三、(二)10 | facilities.provincial-small-micro-innovation-demo-base | EXACTLY | 1 facilities by 2024-12-31
      """;

  /** 力争 (三、(一)2) governs the two pool targets; every other target is stated firmly. */
  private static final Set<String> STRIVEN = Set.of("provincial-pool", "city-pool");

  /** 累计 (三、(一)2) counts the whole pool; 新增/新建成 count new ones; the rest say neither. */
  private static final Set<String> CUMULATIVE = Set.of("pool-size");

  private static final Set<String> UNSAID =
      Set.of("provincial-pool", "city-pool", "people-trained", "energy-saving-firms");

  /** The tiers whose counts are targets: 二、(二) the little giants, 三、(一)2 the three pools. */
  private static final java.util.Map<String, TierId> TIERS =
      java.util.Map.of(
          "national-little-giants", TierId.of("cn.little-giant"),
          "provincial-little-giants", JiangsuTiers.LITTLE_GIANT,
          "city-little-giants", JiangsuTiers.HUAIAN_LITTLE_GIANT,
          "pool-size", JiangsuTiers.JINHU_POOL,
          "provincial-pool", JiangsuTiers.QIANQI_POOL,
          "city-pool", JiangsuTiers.HUAIAN_POOL);

  @Test
  void targets_keyRowsOfTheReviewSheet_matchTheirClauses() {
    List<String> ids =
        io.github.srdipolicy.testing.DataFilesContract.assertKeyRows(
            new JiangsuSource(), "jinhu-2022.yaml", TARGET_ROWS);
    assertEquals(
        Set.copyOf(ids),
        DOC.targets().stream().map(t -> t.id().toString()).collect(Collectors.toSet()),
        "every target of the document is a key row");
    for (String id : ids) {
      Target t = CatalogueTest.CATALOG.fact(FactId.of(id), Target.class);
      String key = id.substring((P + "target.").length());
      assertEquals(STRIVEN.contains(key) ? STRIVE : FIRM, t.commitment(), id);
      assertEquals(
          CUMULATIVE.contains(key)
              ? TargetBasis.CUMULATIVE
              : UNSAID.contains(key) ? TargetBasis.NOT_STATED : TargetBasis.NEW,
          t.basis(),
          id);
      assertEquals(Optional.ofNullable(TIERS.get(key)), t.tier(), id);
      assertEquals(JiangsuSource.COUNTY, t.scope(), id);
    }
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

  /** Key rows of every incentive: the document states no amount for any of them. */
  static final String INCENTIVE_ROWS =
      """
      // 三、(一)2: 入库企业将被列为重点培育和优先向上推荐对象
      jinhu.2022.incentive.priority-recommendation | 三、(一)2 | incentive PRIORITY_SERVICE |  |
      // 四、(三): 专项经费用于入库企业负责人培训…；扶持资金及项目申报时优先推荐；上市培育取得突破的按淮发〔2022〕4号给予政策支持
      jinhu.2022.incentive.cultivation-fund | 四、(三) | incentive FUNDED_SERVICE |  |
      jinhu.2022.incentive.priority-funding | 四、(三) | incentive PRIORITY_SERVICE |  |
      jinhu.2022.incentive.listing-support | 四、(三) | incentive POLICY_REFERENCE |  |
      // 四、(四): 专业技术人员通过绿色通道评审职称
      jinhu.2022.incentive.title-green-channel | 四、(四) | incentive FAST_TRACK |  |
      // 四、(五): 入库企业首次检查原则上采用整改和限期整改等方式
      jinhu.2022.incentive.lenient-first-inspection | 四、(五) | incentive FAST_TRACK |  |
      """;

  /**
   * What triggers each incentive: pool membership (入库企业), a listing breakthrough (上市培育中取得突破), or,
   * for the title green channel, being a little giant's technical staff (OTHER).
   */
  private static final java.util.Map<String, TriggerKind> TRIGGERS =
      java.util.Map.of(
          "listing-support", TriggerKind.LISTING, "title-green-channel", TriggerKind.OTHER);

  @Test
  void incentives_keyRowsOfTheReviewSheet_matchTheirClauses() {
    List<String> ids =
        io.github.srdipolicy.testing.DataFilesContract.assertKeyRows(
            new JiangsuSource(), "jinhu-2022.yaml", INCENTIVE_ROWS);
    assertEquals(
        Set.copyOf(ids),
        DOC.incentives().stream().map(i -> i.id().toString()).collect(Collectors.toSet()),
        "every incentive of the document is a key row");
    for (String id : ids) {
      Incentive i = CatalogueTest.CATALOG.fact(FactId.of(id), Incentive.class);
      String key = id.substring((P + "incentive.").length());
      assertEquals(TRIGGERS.getOrDefault(key, TriggerKind.POOL_MEMBERSHIP), i.trigger().kind(), id);
      assertEquals(StackingRule.NOT_STATED, i.stacking().rule(), id);
      assertEquals(JiangsuSource.COUNTY, i.fundingJurisdiction(), id);
      // the document states no amount for any of them
      assertEquals(Optional.empty(), i.amount(), id);
      assertEquals(Optional.empty(), i.cap(), id);
    }
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
