package io.github.srdipolicy.jilin;

import static io.github.srdipolicy.jilin.Fixtures.PROVINCE_2022;
import static io.github.srdipolicy.jilin.Fixtures.doc;
import static io.github.srdipolicy.jilin.Fixtures.provision;
import static io.github.srdipolicy.jilin.Fixtures.target;
import static io.github.srdipolicy.jilin.Fixtures.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.national.NationalTiers;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 吉政发〔2022〕1号 checked clause by clause against values typed from the text. */
class JilinProvince2022Test {
  private static final Commitment FIRM = Commitment.FIRM;
  private static final Commitment ASPIRE = Commitment.ASPIRATIONAL;

  private static final TargetBasis STOCK = TargetBasis.CUMULATIVE;
  private static final TargetBasis UNSAID = TargetBasis.NOT_STATED;

  /**
   * Key rows of the review sheet (id | clause | metric key | comparator | value with unit) of every
   * target of 一、(三), all by the end of 2025: 争创 单项冠军 10户, 小巨人 100户; 培育 省级 1500户, 市(州)级 3000户, 种子企业
   * 10000户; 力争达到 新三板 20户, 上市 15户; 不低于 2% and 10%; 力争分别达到 30个、30个和500个; 达到 100%; 力争 … 90%以上; 累计培训 …
   * 5万人次以上. Bare counts are exact; 以上, 不低于 and 达到 are inclusive.
   */
  private static final String TARGET_ROWS =
      """
      jilin.gradient.target.single-champions | 一、(三)第1项 | firms.single-champion | EXACTLY | 10家 by 2025-12-31
      jilin.gradient.target.little-giants | 一、(三)第1项 | firms.little-giant | EXACTLY | 100家 by 2025-12-31
      jilin.gradient.target.provincial-srdi | 一、(三)第1项 | firms.provincial-srdi-sme | EXACTLY | 1500家 by 2025-12-31
      jilin.gradient.target.prefecture-srdi | 一、(三)第1项 | firms.city-srdi-sme | EXACTLY | 3000家 by 2025-12-31
      jilin.gradient.target.seed-enterprises | 一、(三)第1项 | firms.county-cultivation-pool | EXACTLY | 10000家 by 2025-12-31
      jilin.gradient.target.neeq-listings | 一、(三)第2项 | listings.neeq | AT_LEAST | 20家 by 2025-12-31
      jilin.gradient.target.exchange-listings | 一、(三)第2项 | listings.stock-exchange | AT_LEAST | 15家 by 2025-12-31
      jilin.gradient.target.rnd-intensity | 一、(三)第3项 | ratio.rnd-intensity | AT_LEAST | 2% by 2025-12-31
      jilin.gradient.target.tech-staff-share | 一、(三)第3项 | ratio.tech-staff-share | AT_LEAST | 10% by 2025-12-31
      jilin.gradient.target.national-service-platforms | 一、(三)第4项 | facilities.national-sme-public-service-demo-platform | AT_LEAST | 30 facilities by 2025-12-31
      jilin.gradient.target.national-incubation-bases | 一、(三)第4项 | facilities.national-incubation-demo-base | AT_LEAST | 30 facilities by 2025-12-31
      jilin.gradient.target.provincial-incubation-platforms | 一、(三)第4项 | facilities.provincial-incubation-platform | AT_LEAST | 500 facilities by 2025-12-31
      jilin.gradient.target.research-facility-openness | 一、(三)第4项 | ratio.research-facility-openness | AT_LEAST | 100% by 2025-12-31
      jilin.gradient.target.medical-device-testing | 一、(三)第4项 | ratio.medical-device-testing-in-province | AT_LEAST | 90% by 2025-12-31
      jilin.gradient.target.training | 一、(三)第4项 | person-times.trained | AT_LEAST | 50000人次 by 2025-12-31
      """
          .strip()
          .lines()
          .map(String::strip)
          .collect(java.util.stream.Collectors.joining("\n"));

  /** 争创 and 力争 make a target aspirational; 培育, 不低于 and 达到 without them are firm. */
  private static final java.util.Set<String> ASPIRATIONAL =
      java.util.Set.of(
          "single-champions",
          "little-giants",
          "neeq-listings",
          "exchange-listings",
          "national-service-platforms",
          "national-incubation-bases",
          "provincial-incubation-platforms",
          "medical-device-testing");

  private static String[] targetIds() {
    return TARGET_ROWS.lines().map(r -> r.split(" \\| ")[0]).toArray(String[]::new);
  }

  @Test
  void keyRowsOfTheReviewSheet_matchClauseOneThree() {
    assertEquals(
        TARGET_ROWS,
        String.join(
            "\n",
            io.github.srdipolicy.testing.DataFilesContract.keyRows(
                new JilinSource(), "jilin-2022.yaml", targetIds())));
    for (String id : targetIds()) {
      Target t = target(id);
      assertEquals(PROVINCE_2022, t.source().document().toString(), id);
      assertEquals(
          ASPIRATIONAL.contains(id.substring("jilin.gradient.target.".length())) ? ASPIRE : FIRM,
          t.commitment(),
          id);
      // Counts of firms say neither new nor total; the other targets are levels of a stock.
      assertEquals(t.metricKey().startsWith("firms.") ? UNSAID : STOCK, t.basis(), id);
      assertEquals(TargetCadence.BY_DEADLINE, t.cadence(), id);
      assertEquals(LocalDate.of(2025, 12, 31), t.deadline().orElseThrow(), id);
      assertEquals(JilinSource.PROVINCE, t.scope(), id);
    }
  }

  /**
   * Targets whose reading is a choice: whether stock counts, per firm or aggregate, the base, the
   * start of a total.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "single-champions",
        "little-giants",
        "provincial-srdi",
        "prefecture-srdi",
        "seed-enterprises",
        "rnd-intensity",
        "tech-staff-share",
        "medical-device-testing",
        "training"
      })
  void ambiguousTargetCarriesANote(String key) {
    assertTrue(target("jilin.gradient.target." + key).note().isPresent(), key);
  }

  @Test
  void everyTargetOfTheDocumentIsInTheTable() {
    assertEquals(targetIds().length, doc(PROVINCE_2022).targets().size());
  }

  @Test
  void tierTargetsCountTheirTiers() {
    assertEquals(
        NationalTiers.SINGLE_CHAMPION,
        target("jilin.gradient.target.single-champions").tier().orElseThrow());
    assertEquals(
        NationalTiers.LITTLE_GIANT,
        target("jilin.gradient.target.little-giants").tier().orElseThrow());
    assertEquals(
        JilinTiers.PROVINCIAL_SRDI_SME,
        target("jilin.gradient.target.provincial-srdi").tier().orElseThrow());
    assertEquals(
        JilinTiers.PREFECTURE_SRDI_SME,
        target("jilin.gradient.target.prefecture-srdi").tier().orElseThrow());
    assertEquals(
        JilinTiers.SEED_ENTERPRISE,
        target("jilin.gradient.target.seed-enterprises").tier().orElseThrow());
    // 一、(三)第3项 sets the two ratios for provincial SRDI SMEs only.
    assertEquals(
        JilinTiers.PROVINCIAL_SRDI_SME,
        target("jilin.gradient.target.rnd-intensity").tier().orElseThrow());
    assertEquals(
        JilinTiers.PROVINCIAL_SRDI_SME,
        target("jilin.gradient.target.tech-staff-share").tier().orElseThrow());
  }

  /**
   * (direction key, clause, focus industries as written, or the "新" areas of activity in our
   * words).
   */
  static Stream<Arguments> directions() {
    return Stream.of(
        Arguments.of("zhuan", "一、(二)专", List.of("汽车", "石化", "轨道客车")),
        Arguments.of("jing", "一、(二)精", List.of("医药健康", "食品", "装备", "电子信息", "新材料", "现代种业")),
        Arguments.of("te", "一、(二)特", List.of("农产品加工", "地方特色资源加工")),
        Arguments.of("xin", "一、(二)新", List.of("关键核心技术研发", "建立现代企业制度", "借助信息技术创新商业模式")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directions")
  void directionWithItsFocusIndustries(String key, String clause, List<String> industries) {
    Provision direction = provision("jilin.gradient.direction." + key);
    assertEquals(Provision.Kind.DIRECTION, direction.kind());
    assertEquals(clause, direction.source().clause());
    Provision focus = provision("jilin.gradient.focus." + key);
    assertEquals(Provision.Kind.FOCUS_INDUSTRIES, focus.kind());
    assertEquals(clause, focus.source().clause());
    assertEquals(industries, zh(focus.items()));
  }

  /**
   * (tier, level, clause, words the description must carry: who sets the standard, how often, from
   * which pool).
   */
  static Stream<Arguments> tiers() {
    return Stream.of(
        Arguments.of(
            JilinTiers.SEED_ENTERPRISE,
            JurisdictionLevel.COUNTY,
            "二、(一)1",
            List.of("省里统一定标准", "县(市)")),
        Arguments.of(
            JilinTiers.PREFECTURE_SRDI_SME,
            JurisdictionLevel.PREFECTURE,
            "二、(一)2",
            List.of("各市(州)自定", "每年", "种子企业")),
        Arguments.of(
            JilinTiers.PROVINCIAL_SRDI_SME,
            JurisdictionLevel.PROVINCE,
            "二、(一)3",
            List.of("省级认定标准", "每年", "市(州)级")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tiers")
  void tierDescriptionSaysWhoRecognisesAndHowOften(
      TierId id, JurisdictionLevel level, String clause, List<String> words) {
    Tier tier =
        doc(PROVINCE_2022).tiers().stream()
            .filter(t -> t.id().equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals(level, tier.level());
    assertEquals(JilinSource.PROVINCE, tier.jurisdiction());
    assertEquals(clause, tier.source().clause());
    String description = tier.description().orElseThrow().zh();
    for (String w : words) {
      assertTrue(description.contains(w), id + " description lacks " + w);
    }
  }

  /** (procedure key, clause, responsible units as listed). */
  static Stream<Arguments> procedures() {
    List<String> departments = List.of("省工业和信息化厅", "省农业农村厅", "省住房城乡建设厅", "省商务厅", "省文化和旅游厅", "省能源局");
    List<String> seedUnits = new java.util.ArrayList<>(departments);
    seedUnits.addAll(List.of("各市(州)政府", "各县(市)政府"));
    return Stream.of(
        Arguments.of("seed", "二、(一)1", seedUnits),
        Arguments.of("prefecture", "二、(一)2", List.of("各市(州)政府")),
        Arguments.of("provincial", "二、(一)3", departments),
        Arguments.of("national", "二、(一)4", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("procedures")
  void cultivationProcedureWithResponsibleUnits(String key, String clause, List<String> units) {
    Provision p = provision("jilin.gradient.procedure." + key);
    assertEquals(Provision.Kind.PROCEDURE, p.kind());
    assertEquals(clause, p.source().clause());
    assertEquals(units, zh(p.responsibleUnits()));
  }

  @Test
  void sixProjectsAnnouncedOnlyTheFirstReadable() {
    Provision projects = provision("jilin.gradient.projects");
    assertEquals("二、", projects.source().clause());
    assertEquals(Quantity.count(6, Unit.ITEMS), projects.quantity().orElseThrow());
    assertEquals(
        "二、(一)", Fixtures.measure("jilin.gradient.task.graded-cultivation").source().clause());
  }

  @Test
  void validityRunsToTheTargetHorizon() {
    assertEquals(LocalDate.of(2026, 1, 1), doc(PROVINCE_2022).validity().end().orElseThrow());
  }
}
