package io.github.srdipolicy.jiangsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TierId;
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

/** Every number, date and comparator of 苏政办发〔2023〕3号, checked against the clause it comes from. */
class JiangsuProvince2023Test {
  private static final PolicyDocument DOC =
      CatalogueTest.CATALOG.document(DocumentId.of("苏政办发〔2023〕3号"));
  private static final String P = "jiangsu.2023.";

  private static final Commitment FIRM = Commitment.FIRM;
  private static final Commitment STRIVE = Commitment.ASPIRATIONAL;

  @Test
  void metadata() {
    assertEquals("江苏省人民政府办公厅", DOC.issuer().zh());
    assertEquals(Optional.of(LocalDate.of(2023, 1, 20)), DOC.issued());
    assertEquals(Optional.of(DateRange.years(2023, 2025)), DOC.planPeriod());
    assertEquals(JiangsuSource.PROVINCE, DOC.jurisdiction());
    assertTrue(DOC.isInForceOn(LocalDate.of(2023, 1, 20)));
    assertTrue(DOC.isInForceOn(LocalDate.of(2025, 12, 31)));
    assertTrue(!DOC.isInForceOn(LocalDate.of(2023, 1, 19)));
  }

  /**
   * Key rows of the review sheet (id | clause | metric | comparator | value with unit and when) of
   * every target, under the clause text each was checked against. 以上, 不少于, 不低于 and 达到 are AT_LEAST;
   * 超过 is MORE_THAN; 左右 is ABOUT; 全覆盖 is EXACTLY 100%; a bare count is EXACTLY. "到2025年" and a
   * level without a year (全覆盖, 累计…以上, 每两家企业配备1名) are due by 2025-12-31; a flow without a year (支持,
   * 培育, 争创, 新增, 优选, 精选) is counted over the plan period; 每年 is per year.
   */
  static final String TARGET_ROWS =
      """
      // 一、(三) 优质主体: 累计培育国家制造业单项冠军300家和"小巨人"1500家，省级专精特新10000家以上，创新型50000家以上
      jiangsu.2023.target.single-champions | 一、(三)1 | firms.single-champion | EXACTLY | 300家 by 2025-12-31
      jiangsu.2023.target.little-giants | 一、(三)1 | firms.little-giant | EXACTLY | 1500家 by 2025-12-31
      jiangsu.2023.target.srdi-smes | 一、(三)1 | firms.provincial-srdi-sme | AT_LEAST | 10000家 by 2025-12-31
      jiangsu.2023.target.innovative-smes | 一、(三)1 | firms.innovative-sme | AT_LEAST | 50000家 by 2025-12-31
      // 一、(三) 创新能力: 研发投入强度超过7%，户均高价值专利达到10件以上
      jiangsu.2023.target.rnd-intensity | 一、(三)2 | ratio.rnd-intensity | MORE_THAN | 7% by 2025-12-31
      jiangsu.2023.target.high-value-patents-per-firm | 一、(三)2 | ip.high-value-patents-per-firm | AT_LEAST | 10项 by 2025-12-31
      // 一、(三) 智造模式: 全覆盖；数控化率超过65%、数字化普及率超过80%、研发设计工具普及率达到90%
      jiangsu.2023.target.smart-digital-coverage | 一、(三)3 | ratio.smart-digital-transformation-coverage | EXACTLY | 100% by 2025-12-31
      jiangsu.2023.target.key-process-nc-rate | 一、(三)3 | ratio.key-process-nc-rate | MORE_THAN | 65% by 2025-12-31
      jiangsu.2023.target.digital-management-rate | 一、(三)3 | ratio.digital-management-penetration | MORE_THAN | 80% by 2025-12-31
      jiangsu.2023.target.digital-rnd-tool-rate | 一、(三)3 | ratio.digital-rnd-tool-penetration | AT_LEAST | 90% by 2025-12-31
      // 一、(三) 强链补链: 占规上中小工业企业比重超过50%，省重点产业链配套全覆盖
      jiangsu.2023.target.revenue-share | 一、(三)4 | ratio.srdi-revenue-share-of-industrial-smes | MORE_THAN | 50% by 2025-12-31
      jiangsu.2023.target.key-chain-coverage | 一、(三)4 | ratio.key-chain-supporting-coverage | EXACTLY | 100% by 2025-12-31
      // 一、(三) 服务体系: 累计争创国家级示范平台40个、示范基地18个，培育省级示范平台400个、示范基地280个
      jiangsu.2023.target.national-service-platforms | 一、(三)5 | facilities.national-sme-public-service-demo-platform | EXACTLY | 40 facilities by 2025-12-31
      jiangsu.2023.target.national-startup-bases | 一、(三)5 | facilities.national-small-micro-innovation-demo-base | EXACTLY | 18 facilities by 2025-12-31
      jiangsu.2023.target.provincial-service-platforms | 一、(三)5 | facilities.provincial-sme-public-service-demo-platform | EXACTLY | 400 facilities by 2025-12-31
      jiangsu.2023.target.provincial-startup-bases | 一、(三)5 | facilities.provincial-small-micro-innovation-demo-base | EXACTLY | 280 facilities by 2025-12-31
      // 二、(二): 省级以上研发机构全覆盖；每年…攻关项目比例不低于30%
      jiangsu.2023.target.key-project-share | 二、(二) | ratio.srdi-share-of-key-tech-projects | AT_LEAST | 30% per year in [2023-01-01, 2026-01-01)
      jiangsu.2023.target.rnd-institution-coverage | 二、(二) | ratio.srdi-firms-with-provincial-rnd-institution | EXACTLY | 100% by 2025-12-31
      // 二、(三): 支持100家左右"领航企业"；到2025年，培育省级特色产业集群100个，争创国家级10个以上
      jiangsu.2023.target.lead-firms | 二、(三) | firms.supported-lead-firm | ABOUT | 100家 over [2023-01-01, 2026-01-01)
      jiangsu.2023.target.provincial-sme-clusters | 二、(三) | clusters.provincial-sme-characteristic | EXACTLY | 100 clusters by 2025-12-31
      jiangsu.2023.target.national-sme-clusters | 二、(三) | clusters.national-sme-characteristic | AT_LEAST | 10 clusters by 2025-12-31
      // 二、(四): 争创…质量奖15个，培育"江苏精品"制造业企业500家
      jiangsu.2023.target.quality-awards | 二、(四) | items.quality-awards | EXACTLY | 15 items over [2023-01-01, 2026-01-01)
      jiangsu.2023.target.jiangsu-jingpin-firms | 二、(四) | firms.jiangsu-jingpin | EXACTLY | 500家 over [2023-01-01, 2026-01-01)
      // 二、(五): 到2025年，示范中心不少于130家，超过80%的专精特新企业实现知识产权管理标准化
      jiangsu.2023.target.patent-demo-centres | 二、(五) | facilities.provincial-high-value-patent-demo-centre | AT_LEAST | 130 facilities by 2025-12-31
      jiangsu.2023.target.ip-standardisation | 二、(五) | ratio.srdi-ip-management-standardised | MORE_THAN | 80% by 2025-12-31
      // 二、(六): 免费诊断和贯标全覆盖；到2025年，智能车间500个、示范工厂50家、星级上云企业3000家左右
      jiangsu.2023.target.free-diagnosis-coverage | 二、(六) | ratio.srdi-free-diagnosis-and-integration-standard | EXACTLY | 100% by 2025-12-31
      jiangsu.2023.target.smart-workshops | 二、(六) | facilities.smart-workshop | EXACTLY | 500 facilities by 2025-12-31
      jiangsu.2023.target.smart-factories | 二、(六) | facilities.smart-manufacturing-demo-factory | EXACTLY | 50 facilities by 2025-12-31
      jiangsu.2023.target.cloud-firms | 二、(六) | firms.star-rated-cloud | ABOUT | 3000家 by 2025-12-31
      // 二、(七): 新增5000亿元以上的授信；优选1000家以上入库，精选500家以上挂牌；到2025年上市达300家左右
      jiangsu.2023.target.new-credit | 二、(七) | money.new-credit-to-srdi-firms | AT_LEAST | 5000亿元 over [2023-01-01, 2026-01-01)
      jiangsu.2023.target.listing-reserve | 二、(七) | firms.listing-reserve | AT_LEAST | 1000家 over [2023-01-01, 2026-01-01)
      jiangsu.2023.target.srdi-board | 二、(七) | listings.jiangsu-equity-exchange-srdi-board | AT_LEAST | 500家 over [2023-01-01, 2026-01-01)
      jiangsu.2023.target.listed-firms | 二、(七) | listings.stock-exchange | ABOUT | 300家 by 2025-12-31
      // 二、(八): 累计配备服务专员2500人以上，力争每两家企业配备1名专员
      jiangsu.2023.target.service-commissioners | 二、(八) | persons.service-commissioners | AT_LEAST | 2500人 by 2025-12-31
      jiangsu.2023.target.commissioner-ratio | 二、(八) | ratio.service-commissioners-per-firm | EXACTLY | 0.5 fraction by 2025-12-31
      """;

  /** 争创 (一、(三)5, 二、(三), 二、(四)) and 力争 (二、(八)) make a target aspirational. */
  private static final Set<String> STRIVEN =
      Set.of(
          "national-service-platforms",
          "national-startup-bases",
          "national-sme-clusters",
          "quality-awards",
          "commissioner-ratio");

  /** 新增 (二、(七)) counts new credit only. */
  private static final Set<String> NEW = Set.of("new-credit");

  /**
   * Counts that say neither 累计 nor 新增 (培育, 支持, 优选, 精选, 建设); the other targets are levels of a
   * stock.
   */
  private static final Set<String> UNSAID =
      Set.of(
          "provincial-service-platforms",
          "provincial-startup-bases",
          "lead-firms",
          "provincial-sme-clusters",
          "national-sme-clusters",
          "quality-awards",
          "jiangsu-jingpin-firms",
          "smart-workshops",
          "smart-factories",
          "cloud-firms",
          "listing-reserve",
          "srdi-board");

  /** Levels without a year, read as due at the end of the plan (全覆盖, 累计…以上, 每两家). */
  private static final Set<String> PLAN_END =
      Set.of(
          "rnd-institution-coverage",
          "free-diagnosis-coverage",
          "service-commissioners",
          "commissioner-ratio");

  @Test
  void targets_keyRowsOfTheReviewSheet_matchTheirClauses() {
    List<String> ids =
        io.github.srdipolicy.testing.DataFilesContract.assertKeyRows(
            new JiangsuSource(), "jiangsu-2023.yaml", TARGET_ROWS);
    assertEquals(
        Set.copyOf(ids),
        DOC.targets().stream().map(t -> t.id().toString()).collect(Collectors.toSet()),
        "every target of the document is a key row");
    for (String id : ids) {
      Target t = CatalogueTest.CATALOG.fact(FactId.of(id), Target.class);
      String key = id.substring((P + "target.").length());
      assertEquals(STRIVEN.contains(key) ? STRIVE : FIRM, t.commitment(), id);
      assertEquals(
          NEW.contains(key)
              ? TargetBasis.NEW
              : UNSAID.contains(key) ? TargetBasis.NOT_STATED : TargetBasis.CUMULATIVE,
          t.basis(),
          id);
      assertEquals(JiangsuSource.PROVINCE, t.scope(), id);
      if (t.commitment() == STRIVE) {
        assertTrue(t.note().isPresent(), id + ": an aspirational goal says which word makes it so");
      }
      if (PLAN_END.contains(key)) {
        assertTrue(
            t.note().orElseThrow().en().contains("end of the plan period"),
            id + ": a level without a year says how it was read");
      }
      if (t.cadence() == TargetCadence.OVER_PERIOD) {
        assertTrue(t.note().isPresent(), id + ": a goal without a year says how it was read");
      }
    }
  }

  @Test
  void tierCountsNameTheirTiers() {
    assertEquals(
        Optional.of(TierId.of("cn.single-champion")), target("target.single-champions").tier());
    assertEquals(Optional.of(TierId.of("cn.little-giant")), target("target.little-giants").tier());
    assertEquals(Optional.of(JiangsuTiers.SRDI_SME), target("target.srdi-smes").tier());
    assertEquals(Optional.of(JiangsuTiers.INNOVATIVE_SME), target("target.innovative-smes").tier());
  }

  private static Target target(String id) {
    return CatalogueTest.CATALOG.fact(FactId.of(P + id), Target.class);
  }

  /** (measure, clause, kind, responsible units as named in the document, linked targets). */
  static Stream<Arguments> measures() {
    String gov = "各市、县（市、区）人民政府";
    return Stream.of(
        arguments(
            "project.gradient", "二、(一)", Measure.Kind.TASK, List.of("省工业和信息化厅", gov), List.of()),
        arguments(
            "project.innovation",
            "二、(二)",
            Measure.Kind.TASK,
            List.of("省科技厅", "省发展改革委", "省工业和信息化厅", "省财政厅", "省教育厅", gov),
            List.of("target.key-project-share", "target.rnd-institution-coverage")),
        arguments(
            "project.chains",
            "二、(三)",
            Measure.Kind.TASK,
            List.of("省工业和信息化厅", gov),
            List.of(
                "target.lead-firms",
                "target.provincial-sme-clusters",
                "target.national-sme-clusters")),
        arguments(
            "project.quality",
            "二、(四)",
            Measure.Kind.TASK,
            List.of("省市场监管局", "省发展改革委", "省工业和信息化厅", gov),
            List.of("target.quality-awards", "target.jiangsu-jingpin-firms")),
        arguments(
            "project.patents",
            "二、(五)",
            Measure.Kind.TASK,
            List.of("省知识产权局", "省税务局", "省工业和信息化厅", gov),
            List.of("target.patent-demo-centres", "target.ip-standardisation")),
        arguments(
            "project.digital",
            "二、(六)",
            Measure.Kind.TASK,
            List.of("省工业和信息化厅", gov),
            List.of(
                "target.free-diagnosis-coverage",
                "target.smart-workshops",
                "target.smart-factories",
                "target.cloud-firms")),
        arguments(
            "project.finance",
            "二、(七)",
            Measure.Kind.TASK,
            List.of(
                "省地方金融监管局",
                "人民银行南京分行",
                "江苏银保监局",
                "江苏证监局",
                "省工业和信息化厅",
                "省科技厅",
                "国家开发银行江苏省分行",
                "等有关部门和单位",
                gov),
            List.of(
                "target.new-credit",
                "target.listing-reserve",
                "target.srdi-board",
                "target.listed-firms")),
        arguments(
            "project.services",
            "二、(八)",
            Measure.Kind.TASK,
            List.of("省工业和信息化厅", "省商务厅", "省政务办", "南京海关", gov),
            List.of("target.service-commissioners", "target.commissioner-ratio")),
        arguments(
            "safeguard.leadership",
            "三、(一)",
            Measure.Kind.SAFEGUARD,
            List.of("省政府促进中小企业发展工作领导小组各成员单位"),
            List.of()),
        arguments(
            "safeguard.policy",
            "三、(二)",
            Measure.Kind.SAFEGUARD,
            List.of("省发展改革委", "省财政厅", "省税务局", "省工业和信息化厅"),
            List.of()),
        arguments(
            "safeguard.talent",
            "三、(三)",
            Measure.Kind.SAFEGUARD,
            List.of("省委人才办", "省工业和信息化厅", "省教育厅", "省卫生健康委", "省人力资源社会保障厅"),
            List.of()),
        arguments(
            "safeguard.environment",
            "三、(四)",
            Measure.Kind.SAFEGUARD,
            List.of("省委宣传部", "省发展改革委", "省政务办", "省市场监管局", "省应急厅", "省生态环境厅", "省工业和信息化厅"),
            List.of()));
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
    assertTrue(!m.actions().isEmpty(), "every project and safeguard lists its actions");
    if (kind == Measure.Kind.TASK) {
      assertEquals(Optional.of(FactId.of(P + "projects")), m.parent());
    }
    // Projects list the city and county governments by the remark after 二、(一); safeguards say why
    // they do not.
    assertTrue(m.note().isPresent(), "the reading of the 二、(一) remark is stated");
  }

  @Test
  void eightProjectsAndFourSafeguards() {
    assertEquals(
        8,
        DOC.measures().stream()
            .filter(m -> m.parent().equals(Optional.of(FactId.of(P + "projects"))))
            .count());
    assertEquals(
        4, DOC.measures().stream().filter(m -> m.kind() == Measure.Kind.SAFEGUARD).count());
  }

  @Test
  void focusAndPrinciples() {
    Provision clusters =
        CatalogueTest.CATALOG.fact(FactId.of(P + "focus.clusters"), Provision.class);
    assertEquals(Provision.Kind.FOCUS_INDUSTRIES, clusters.kind());
    assertTrue(Quantity.count(16, Unit.CLUSTERS).isSameValueAs(clusters.quantity().orElseThrow()));
    assertEquals("一、(一)", clusters.source().clause());
    Provision chains = CatalogueTest.CATALOG.fact(FactId.of(P + "focus.chains"), Provision.class);
    // 一、(一) "16个先进制造业集群和50条重点产业链": chains are counted in their own unit, not as clusters
    assertEquals(Unit.CLUSTERS, clusters.quantity().orElseThrow().unit());
    assertEquals(Unit.CHAINS, chains.quantity().orElseThrow().unit());
    assertTrue(Quantity.count(50, Unit.CHAINS).isSameValueAs(chains.quantity().orElseThrow()));
    assertFalse(Unit.CHAINS.isCompatibleWith(Unit.CLUSTERS));
    List<String> principles =
        DOC.provisions().stream()
            .filter(p -> p.kind() == Provision.Kind.PRINCIPLE)
            .map(p -> p.source().clause())
            .toList();
    assertEquals(List.of("一、(二)1", "一、(二)2", "一、(二)3"), principles);
  }

  /** Key rows of the benefits the plan grants to eligible SRDI firms, none with an amount. */
  static final String INCENTIVE_ROWS =
      """
      // 二、(四): 优先推荐…申报"江苏精品"
      jiangsu.2023.incentive.jingpin-priority | 二、(四) | incentive PRIORITY_SERVICE |  |
      // 二、(五): 知识产权优先审查；优先支持申报优势企业和示范企业；知识产权费用纳入研发费用加计扣除
      jiangsu.2023.incentive.ip-priority-examination | 二、(五) | incentive FAST_TRACK |  |
      jiangsu.2023.incentive.ip-demo-priority | 二、(五) | incentive PRIORITY_SERVICE |  |
      jiangsu.2023.incentive.ip-cost-super-deduction | 二、(五) | incentive FEE_DISCOUNT |  |
      // 三、(二): 纳入政府采购支持范围；智能化改造数字化转型给予资金奖补和贴息补助
      jiangsu.2023.incentive.government-procurement | 三、(二) | incentive PRIORITY_SERVICE |  |
      jiangsu.2023.incentive.digital-transformation-subsidy | 三、(二) | incentive CAPPED_SUBSIDY |  |
      // 三、(三): 优秀人才职称评价绿色通道；高层次人才纳入子女入学、医疗保健、住房保障等政策优享范围
      jiangsu.2023.incentive.title-green-channel | 三、(三) | incentive FAST_TRACK |  |
      jiangsu.2023.incentive.talent-benefits | 三、(三) | incentive PRIORITY_SERVICE |  |
      // 三、(四): "正面清单"管理，简化审批程序
      jiangsu.2023.incentive.positive-list-approvals | 三、(四) | incentive FAST_TRACK |  |
      """;

  @Test
  void incentives_keyRowsOfTheReviewSheet_matchTheirClauses() {
    List<String> ids =
        io.github.srdipolicy.testing.DataFilesContract.assertKeyRows(
            new JiangsuSource(), "jiangsu-2023.yaml", INCENTIVE_ROWS);
    assertEquals(
        Set.copyOf(ids),
        DOC.incentives().stream().map(i -> i.id().toString()).collect(Collectors.toSet()),
        "every incentive of the document is a key row");
    for (String id : ids) {
      Incentive i = CatalogueTest.CATALOG.fact(FactId.of(id), Incentive.class);
      String clause = i.source().clause();
      assertEquals(JiangsuSource.PROVINCE, i.fundingJurisdiction(), id);
      assertEquals(Optional.empty(), i.amount(), id);
      assertEquals(Optional.empty(), i.cap(), id);
      assertTrue(i.note().isPresent(), id + ": an incentive without an amount says so");
      // The 责任单位 of a clause are named for the clause as a whole: each incentive lists all of
      // them, as the measure of the same clause does (the table above), and says why.
      List<String> clauseUnits =
          measures()
              .filter(a -> a.get()[1].equals(clause))
              .map(a -> (List<?>) a.get()[3])
              .findFirst()
              .orElseThrow()
              .stream()
              .map(Object::toString)
              .toList();
      assertEquals(clauseUnits, i.responsibleUnits().stream().map(LocalizedText::zh).toList(), id);
      assertTrue(i.note().orElseThrow().en().contains("the clause lists as a whole"), id);
    }
  }
}
