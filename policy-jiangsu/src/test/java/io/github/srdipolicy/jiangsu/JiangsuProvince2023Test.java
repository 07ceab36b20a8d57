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
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TargetComparator;
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

  private static final TargetComparator AT_LEAST = TargetComparator.AT_LEAST;
  private static final TargetComparator MORE_THAN = TargetComparator.MORE_THAN;
  private static final TargetComparator EXACTLY = TargetComparator.EXACTLY;
  private static final TargetComparator ABOUT = TargetComparator.ABOUT;
  private static final Commitment FIRM = Commitment.FIRM;
  private static final Commitment STRIVE = Commitment.ASPIRATIONAL;
  private static final int PLAN = 0;
  private static final int YEARLY = -1;

  /**
   * A level (share, coverage, running total) without a year: reached by the end of the plan,
   * 2025-12-31.
   */
  private static final int PLAN_END = -2;

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
   * (target, clause, comparator, value, commitment, basis, year): year 2025 is "到2025年", PLAN a
   * goal without a year read as the plan period (a flow), PLAN_END a level without a year read as
   * the end of the plan (二、(二) and 二、(六) "全覆盖", 二、(八) "累计配备…2500人以上" and "每两家企业配备1名专员"), YEARLY a
   * goal for each year.
   */
  static Stream<Arguments> targets() {
    return Stream.of(
        arguments(
            "target.single-champions",
            "一、(三)1",
            EXACTLY,
            Quantity.count(300, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.little-giants",
            "一、(三)1",
            EXACTLY,
            Quantity.count(1500, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.srdi-smes",
            "一、(三)1",
            AT_LEAST,
            Quantity.count(10000, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.innovative-smes",
            "一、(三)1",
            AT_LEAST,
            Quantity.count(50000, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.rnd-intensity",
            "一、(三)2",
            MORE_THAN,
            Quantity.percent("7"),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.high-value-patents-per-firm",
            "一、(三)2",
            AT_LEAST,
            Quantity.count(10, Unit.IP_ITEMS),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.smart-digital-coverage",
            "一、(三)3",
            EXACTLY,
            Quantity.percent("100"),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.key-process-nc-rate",
            "一、(三)3",
            MORE_THAN,
            Quantity.percent("65"),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.digital-management-rate",
            "一、(三)3",
            MORE_THAN,
            Quantity.percent("80"),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.digital-rnd-tool-rate",
            "一、(三)3",
            AT_LEAST,
            Quantity.percent("90"),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.revenue-share",
            "一、(三)4",
            MORE_THAN,
            Quantity.percent("50"),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.key-chain-coverage",
            "一、(三)4",
            EXACTLY,
            Quantity.percent("100"),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.national-service-platforms",
            "一、(三)5",
            EXACTLY,
            Quantity.count(40, Unit.FACILITIES),
            STRIVE,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.national-startup-bases",
            "一、(三)5",
            EXACTLY,
            Quantity.count(18, Unit.FACILITIES),
            STRIVE,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.provincial-service-platforms",
            "一、(三)5",
            EXACTLY,
            Quantity.count(400, Unit.FACILITIES),
            FIRM,
            TargetBasis.NOT_STATED,
            2025),
        arguments(
            "target.provincial-startup-bases",
            "一、(三)5",
            EXACTLY,
            Quantity.count(280, Unit.FACILITIES),
            FIRM,
            TargetBasis.NOT_STATED,
            2025),
        arguments(
            "target.key-project-share",
            "二、(二)",
            AT_LEAST,
            Quantity.percent("30"),
            FIRM,
            TargetBasis.CUMULATIVE,
            YEARLY),
        arguments(
            "target.rnd-institution-coverage",
            "二、(二)",
            EXACTLY,
            Quantity.percent("100"),
            FIRM,
            TargetBasis.CUMULATIVE,
            PLAN_END),
        arguments(
            "target.lead-firms",
            "二、(三)",
            ABOUT,
            Quantity.count(100, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.NOT_STATED,
            PLAN),
        arguments(
            "target.provincial-sme-clusters",
            "二、(三)",
            EXACTLY,
            Quantity.count(100, Unit.CLUSTERS),
            FIRM,
            TargetBasis.NOT_STATED,
            2025),
        arguments(
            "target.national-sme-clusters",
            "二、(三)",
            AT_LEAST,
            Quantity.count(10, Unit.CLUSTERS),
            STRIVE,
            TargetBasis.NOT_STATED,
            2025),
        arguments(
            "target.quality-awards",
            "二、(四)",
            EXACTLY,
            Quantity.count(15, Unit.ITEMS),
            STRIVE,
            TargetBasis.NOT_STATED,
            PLAN),
        arguments(
            "target.jiangsu-jingpin-firms",
            "二、(四)",
            EXACTLY,
            Quantity.count(500, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.NOT_STATED,
            PLAN),
        arguments(
            "target.patent-demo-centres",
            "二、(五)",
            AT_LEAST,
            Quantity.count(130, Unit.FACILITIES),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.ip-standardisation",
            "二、(五)",
            MORE_THAN,
            Quantity.percent("80"),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.free-diagnosis-coverage",
            "二、(六)",
            EXACTLY,
            Quantity.percent("100"),
            FIRM,
            TargetBasis.CUMULATIVE,
            PLAN_END),
        arguments(
            "target.smart-workshops",
            "二、(六)",
            EXACTLY,
            Quantity.count(500, Unit.FACILITIES),
            FIRM,
            TargetBasis.NOT_STATED,
            2025),
        arguments(
            "target.smart-factories",
            "二、(六)",
            EXACTLY,
            Quantity.count(50, Unit.FACILITIES),
            FIRM,
            TargetBasis.NOT_STATED,
            2025),
        arguments(
            "target.cloud-firms",
            "二、(六)",
            ABOUT,
            Quantity.count(3000, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.NOT_STATED,
            2025),
        arguments(
            "target.new-credit",
            "二、(七)",
            AT_LEAST,
            Quantity.yiYuan("5000"),
            FIRM,
            TargetBasis.NEW,
            PLAN),
        arguments(
            "target.listing-reserve",
            "二、(七)",
            AT_LEAST,
            Quantity.count(1000, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.NOT_STATED,
            PLAN),
        arguments(
            "target.srdi-board",
            "二、(七)",
            AT_LEAST,
            Quantity.count(500, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.NOT_STATED,
            PLAN),
        arguments(
            "target.listed-firms",
            "二、(七)",
            ABOUT,
            Quantity.count(300, Unit.ENTERPRISES),
            FIRM,
            TargetBasis.CUMULATIVE,
            2025),
        arguments(
            "target.service-commissioners",
            "二、(八)",
            AT_LEAST,
            Quantity.count(2500, Unit.PERSONS),
            FIRM,
            TargetBasis.CUMULATIVE,
            PLAN_END),
        arguments(
            "target.commissioner-ratio",
            "二、(八)",
            EXACTLY,
            Quantity.of("0.5", Unit.FRACTION),
            STRIVE,
            TargetBasis.CUMULATIVE,
            PLAN_END));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("targets")
  void target(
      String id,
      String clause,
      TargetComparator comparator,
      Quantity value,
      Commitment commitment,
      TargetBasis basis,
      int year) {
    Target t = CatalogueTest.CATALOG.fact(FactId.of(P + id), Target.class);
    assertEquals(clause, t.source().clause());
    assertEquals(comparator, t.comparator());
    assertEquals(value.unit(), t.value().unit());
    assertTrue(value.isSameValueAs(t.value()), t.value() + " is not " + value);
    assertEquals(commitment, t.commitment());
    assertEquals(basis, t.basis());
    assertEquals(JiangsuSource.PROVINCE, t.scope());
    if (commitment == STRIVE) {
      assertTrue(t.note().isPresent(), "an aspirational goal says which word makes it so");
    }
    if (year == YEARLY) {
      assertEquals(TargetCadence.PER_YEAR, t.cadence());
      assertEquals(Optional.of(DateRange.years(2023, 2025)), t.period());
    } else if (year == PLAN_END) {
      assertEquals(TargetCadence.BY_DEADLINE, t.cadence());
      assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), t.deadline());
      assertEquals(Optional.empty(), t.period());
      assertTrue(
          t.note().orElseThrow().en().contains("end of the plan period"),
          "a level without a year says how it was read");
    } else if (year == PLAN) {
      assertEquals(TargetCadence.OVER_PERIOD, t.cadence());
      assertEquals(Optional.of(DateRange.years(2023, 2025)), t.period());
      assertTrue(t.note().isPresent(), "a goal without a year says how it was read");
    } else {
      assertEquals(TargetCadence.BY_DEADLINE, t.cadence());
      assertEquals(Optional.of(LocalDate.of(year, 12, 31)), t.deadline());
    }
  }

  @Test
  void everyTargetOfTheDocumentIsInTheTable() {
    Set<String> table = targets().map(a -> P + a.get()[0]).collect(Collectors.toSet());
    Set<String> encoded =
        DOC.targets().stream().map(t -> t.id().toString()).collect(Collectors.toSet());
    assertEquals(table, encoded);
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

  /**
   * (incentive, clause, kind): benefits the plan grants to eligible SRDI firms, none with an
   * amount.
   */
  static Stream<Arguments> incentives() {
    return Stream.of(
        arguments("incentive.jingpin-priority", "二、(四)", IncentiveKind.PRIORITY_SERVICE),
        arguments("incentive.ip-priority-examination", "二、(五)", IncentiveKind.FAST_TRACK),
        arguments("incentive.ip-demo-priority", "二、(五)", IncentiveKind.PRIORITY_SERVICE),
        arguments("incentive.ip-cost-super-deduction", "二、(五)", IncentiveKind.FEE_DISCOUNT),
        arguments("incentive.government-procurement", "三、(二)", IncentiveKind.PRIORITY_SERVICE),
        arguments(
            "incentive.digital-transformation-subsidy", "三、(二)", IncentiveKind.CAPPED_SUBSIDY),
        arguments("incentive.title-green-channel", "三、(三)", IncentiveKind.FAST_TRACK),
        arguments("incentive.talent-benefits", "三、(三)", IncentiveKind.PRIORITY_SERVICE),
        arguments("incentive.positive-list-approvals", "三、(四)", IncentiveKind.FAST_TRACK));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("incentives")
  void incentive(String id, String clause, IncentiveKind kind) {
    Incentive i = CatalogueTest.CATALOG.fact(FactId.of(P + id), Incentive.class);
    assertEquals(clause, i.source().clause());
    assertEquals(kind, i.kind());
    assertEquals(JiangsuSource.PROVINCE, i.fundingJurisdiction());
    assertEquals(Optional.empty(), i.amount());
    assertEquals(Optional.empty(), i.cap());
    assertTrue(i.note().isPresent(), "an incentive without an amount says so");
    // The 责任单位 of a clause are named for the clause as a whole: each incentive lists all of them,
    // as the measure of the same clause does (the table above), and says why.
    List<String> clauseUnits =
        measures()
            .filter(a -> a.get()[1].equals(clause))
            .map(a -> (List<?>) a.get()[3])
            .findFirst()
            .orElseThrow()
            .stream()
            .map(Object::toString)
            .toList();
    assertEquals(clauseUnits, i.responsibleUnits().stream().map(LocalizedText::zh).toList());
    assertTrue(i.note().orElseThrow().en().contains("the clause lists as a whole"));
  }

  @Test
  void everyIncentiveIsInTheTable() {
    assertEquals(
        incentives().map(a -> P + a.get()[0]).collect(Collectors.toSet()),
        DOC.incentives().stream().map(i -> i.id().toString()).collect(Collectors.toSet()));
  }
}
