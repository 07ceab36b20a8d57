package io.github.srdipolicy.jilin;

import static io.github.srdipolicy.jilin.Fixtures.JIAOHE_2022;
import static io.github.srdipolicy.jilin.Fixtures.doc;
import static io.github.srdipolicy.jilin.Fixtures.incentive;
import static io.github.srdipolicy.jilin.Fixtures.measure;
import static io.github.srdipolicy.jilin.Fixtures.provision;
import static io.github.srdipolicy.jilin.Fixtures.target;
import static io.github.srdipolicy.jilin.Fixtures.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PoolFirm;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.Schedule;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.national.NationalTiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 蛟政发〔2022〕4号 checked clause by clause against values typed from the text. */
class Jiaohe2022Test {

  private static final TierId CITY_SRDI = JilinTiers.JILIN_CITY_SRDI_SME;
  private static final TierId PROV_SRDI = JilinTiers.PROVINCIAL_SRDI_SME;

  /**
   * Key rows of the review sheet (id | clause | metric | comparator | value with unit and when) of
   * every target of 一、(三), under the clause text each was checked against. 以上 and 不低于 are inclusive
   * (AT_LEAST); a bare count is EXACTLY; "十四五"期间 is 2021–2025 and "2022年" that year, counted over
   * the period; "到2025年底" is due by 2025-12-31.
   */
  static final String TARGET_ROWS =
      """
      // 一、(三)1: "十四五"期间，种子企业20户，吉林市级10户以上，省级6户以上，力争小巨人1户以上；2022年吉林市级3户以上，省级2户以上
      jiaohe.target.fyp14.seed-enterprises | 一、(三)1 | firms.county-cultivation-pool | EXACTLY | 20家 over [2021-01-01, 2026-01-01)
      jiaohe.target.fyp14.jilin-city-srdi | 一、(三)1 | firms.city-srdi-sme | AT_LEAST | 10家 over [2021-01-01, 2026-01-01)
      jiaohe.target.fyp14.provincial-srdi | 一、(三)1 | firms.provincial-srdi-sme | AT_LEAST | 6家 over [2021-01-01, 2026-01-01)
      jiaohe.target.fyp14.little-giant | 一、(三)1 | firms.little-giant | AT_LEAST | 1家 over [2021-01-01, 2026-01-01)
      jiaohe.target.2022.jilin-city-srdi | 一、(三)1 | firms.city-srdi-sme | AT_LEAST | 3家 over [2022-01-01, 2023-01-01)
      jiaohe.target.2022.provincial-srdi | 一、(三)1 | firms.provincial-srdi-sme | AT_LEAST | 2家 over [2022-01-01, 2023-01-01)
      // 一、(三)2: 到2025年底…上市、挂牌的"专精特新"中小企业力争达到1户以上
      jiaohe.target.listings | 一、(三)2 | listings.stock-exchange-or-neeq | AT_LEAST | 1家 by 2025-12-31
      // 一、(三)3: 到2025年底，省级企业研发投入占比不低于2%，科技人员占比不低于10%
      jiaohe.target.rnd-intensity | 一、(三)3 | ratio.rnd-intensity | AT_LEAST | 2% by 2025-12-31
      jiaohe.target.tech-staff-share | 一、(三)3 | ratio.tech-staff-share | AT_LEAST | 10% by 2025-12-31
      // 一、(三)4: 到2025年底，累计培训各类人才300人次以上
      jiaohe.target.training | 一、(三)4 | person-times.trained | AT_LEAST | 300人次 by 2025-12-31
      """;

  /** 力争 (一、(三)1 little giant, 一、(三)2) makes a target aspirational. */
  private static final java.util.Set<String> STRIVEN =
      java.util.Set.of("fyp14.little-giant", "listings");

  /** 培育…户以上 counts new recognitions; 确定…种子企业 says neither; the rest (达到, 占比, 累计) are levels. */
  private static final java.util.Set<String> NEW =
      java.util.Set.of(
          "fyp14.jilin-city-srdi",
          "fyp14.provincial-srdi",
          "fyp14.little-giant",
          "2022.jilin-city-srdi",
          "2022.provincial-srdi");

  /** The tier each count or per-firm ratio is about (一、(三)1 and 3: 省级"专精特新"中小企业). */
  private static final java.util.Map<String, TierId> TIERS =
      java.util.Map.of(
          "fyp14.seed-enterprises", JilinTiers.JIAOHE_SEED_ENTERPRISE,
          "fyp14.jilin-city-srdi", CITY_SRDI,
          "fyp14.provincial-srdi", PROV_SRDI,
          "fyp14.little-giant", NationalTiers.LITTLE_GIANT,
          "2022.jilin-city-srdi", CITY_SRDI,
          "2022.provincial-srdi", PROV_SRDI,
          "rnd-intensity", PROV_SRDI,
          "tech-staff-share", PROV_SRDI);

  @Test
  void targets_keyRowsOfTheReviewSheet_matchClauseOneThree() {
    List<String> ids =
        io.github.srdipolicy.testing.DataFilesContract.assertKeyRows(
            new JilinSource(), "jiaohe-2022.yaml", TARGET_ROWS);
    assertEquals(
        java.util.Set.copyOf(ids),
        doc(JIAOHE_2022).targets().stream()
            .map(t -> t.id().toString())
            .collect(java.util.stream.Collectors.toSet()),
        "every target of the document is a key row");
    for (String id : ids) {
      Target t = target(id);
      String key = id.substring("jiaohe.target.".length());
      assertEquals(JIAOHE_2022, t.source().document().toString(), id);
      assertEquals(Optional.ofNullable(TIERS.get(key)), t.tier(), id);
      assertEquals(
          NEW.contains(key)
              ? TargetBasis.NEW
              : key.equals("fyp14.seed-enterprises")
                  ? TargetBasis.NOT_STATED
                  : TargetBasis.CUMULATIVE,
          t.basis(),
          id);
      assertEquals(
          STRIVEN.contains(key) ? Commitment.ASPIRATIONAL : Commitment.FIRM, t.commitment(), id);
      assertEquals(JilinSource.COUNTY, t.scope(), id);
    }
  }

  /**
   * Targets whose reading is a choice: new or stock, exact or at least, per firm or aggregate,
   * start of a total.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "fyp14.seed-enterprises",
        "fyp14.jilin-city-srdi",
        "fyp14.provincial-srdi",
        "fyp14.little-giant",
        "2022.jilin-city-srdi",
        "2022.provincial-srdi",
        "listings",
        "rnd-intensity",
        "tech-staff-share",
        "training"
      })
  void ambiguousTargetCarriesANote(String key) {
    assertTrue(target("jiaohe.target." + key).note().isPresent(), key);
  }

  /**
   * Key rows of every incentive (amount, or cap with at-most, as the sheet shows it), under the
   * clause text each was checked against.
   */
  static final String INCENTIVE_ROWS =
      """
      // 二、(一): 首次被认定为吉林市级、省级分别给予一次性5万元、10万元奖励；国家级小巨人一次性20万元（被重复认定的只享受一次高级别奖励）
      jiaohe.reward.first-recognition.jilin-city | 二、(一)第2项 | incentive ONE_OFF_REWARD |  | 5万元
      jiaohe.reward.first-recognition.provincial | 二、(一)第2项 | incentive ONE_OFF_REWARD |  | 10万元
      jiaohe.reward.first-recognition.national | 二、(一)第2项 | incentive ONE_OFF_REWARD |  | 20万元
      // 二、(二): 新认定的省级企业技术中心、国家级企业技术中心、国家技术创新示范企业分别给予10万元、20万元、20万元；技术合同…给予不超过20万元的补助
      jiaohe.reward.provincial-tech-centre | 二、(二)第1项 | incentive ONE_OFF_REWARD |  | 10万元
      jiaohe.reward.national-tech-centre | 二、(二)第1项 | incentive ONE_OFF_REWARD |  | 20万元
      jiaohe.reward.national-innovation-demo | 二、(二)第1项 | incentive ONE_OFF_REWARD |  | 20万元
      jiaohe.subsidy.technology-contract | 二、(二)第2项 | incentive CAPPED_SUBSIDY | at-most | 20万元
      // 二、(四): 签订五年以上劳动合同…的高校毕业生，给予连续5年补贴 (amount not stated)
      jiaohe.allowance.graduates | 二、(四)第2项 | incentive ALLOWANCE |  |
      // 二、(三): 担保费率优惠；无还本续贷，提前审批
      jiaohe.fee-discount.guarantee | 二、(三) | incentive FEE_DISCOUNT |  |
      jiaohe.fast-track.loan-renewal | 二、(三) | incentive FAST_TRACK |  |
      """;

  /**
   * What triggers each incentive (a first recognition of a tier, a new institution of a level, a
   * technology contract, a graduate hired) and how it stacks: 二、(一) pays the highest level once,
   * 二、(二) pays each institution level.
   */
  static Stream<Arguments> triggers() {
    return Stream.of(
        Arguments.of(
            "jiaohe.reward.first-recognition.jilin-city",
            TriggerKind.FIRST_RECOGNITION,
            JilinTiers.JILIN_CITY_SRDI_SME,
            StackingRule.HIGHEST_LEVEL_ONCE),
        Arguments.of(
            "jiaohe.reward.first-recognition.provincial",
            TriggerKind.FIRST_RECOGNITION,
            JilinTiers.PROVINCIAL_SRDI_SME,
            StackingRule.HIGHEST_LEVEL_ONCE),
        Arguments.of(
            "jiaohe.reward.first-recognition.national",
            TriggerKind.FIRST_RECOGNITION,
            NationalTiers.LITTLE_GIANT,
            StackingRule.HIGHEST_LEVEL_ONCE),
        Arguments.of(
            "jiaohe.reward.provincial-tech-centre",
            TriggerKind.INSTITUTION_RECOGNITION,
            RecognitionLevel.PROVINCE,
            StackingRule.CUMULATIVE_WITH_HIGHER_LEVELS),
        Arguments.of(
            "jiaohe.reward.national-tech-centre",
            TriggerKind.INSTITUTION_RECOGNITION,
            RecognitionLevel.NATIONAL,
            StackingRule.CUMULATIVE_WITH_HIGHER_LEVELS),
        Arguments.of(
            "jiaohe.reward.national-innovation-demo",
            TriggerKind.INSTITUTION_RECOGNITION,
            RecognitionLevel.NATIONAL,
            StackingRule.CUMULATIVE_WITH_HIGHER_LEVELS),
        Arguments.of(
            "jiaohe.subsidy.technology-contract",
            TriggerKind.TECHNOLOGY_CONTRACT,
            null,
            StackingRule.NOT_STATED),
        Arguments.of(
            "jiaohe.allowance.graduates",
            TriggerKind.GRADUATE_HIRED,
            null,
            StackingRule.NOT_STATED),
        Arguments.of(
            "jiaohe.fee-discount.guarantee", TriggerKind.OTHER, null, StackingRule.NOT_STATED),
        Arguments.of(
            "jiaohe.fast-track.loan-renewal", TriggerKind.OTHER, null, StackingRule.NOT_STATED));
  }

  @Test
  void incentives_keyRowsOfTheReviewSheet_matchTheirClauses() {
    List<String> ids =
        io.github.srdipolicy.testing.DataFilesContract.assertKeyRows(
            new JilinSource(), "jiaohe-2022.yaml", INCENTIVE_ROWS);
    assertEquals(
        java.util.Set.copyOf(ids),
        doc(JIAOHE_2022).incentives().stream()
            .map(i -> i.id().toString())
            .collect(java.util.stream.Collectors.toSet()),
        "every incentive of the document is a key row");
    assertEquals(ids, triggers().map(a -> (String) a.get()[0]).toList());
    for (String id : ids) {
      Incentive i = incentive(id);
      assertEquals(JilinSource.COUNTY, i.fundingJurisdiction(), id);
      // 二、(四) "连续5年补贴" is the only stated duration
      assertEquals(
          id.equals("jiaohe.allowance.graduates") ? Optional.of(5) : Optional.empty(),
          i.years(),
          id);
      if (i.amount().isEmpty() && i.cap().isEmpty()) {
        assertTrue(i.note().isPresent(), "an incentive without an amount says so in a note: " + id);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("triggers")
  void incentiveTriggerAndStacking(
      String id, TriggerKind trigger, Object tierOrLevel, StackingRule rule) {
    Incentive i = incentive(id);
    assertEquals(trigger, i.trigger().kind());
    assertEquals(
        tierOrLevel instanceof TierId ? Optional.of(tierOrLevel) : Optional.empty(),
        i.trigger().tier());
    assertEquals(
        tierOrLevel instanceof RecognitionLevel ? Optional.of(tierOrLevel) : Optional.empty(),
        i.trigger().level());
    assertEquals(rule, i.stacking().rule());
  }

  private static final List<String> REWARD_UNITS =
      List.of("工信局", "农业农村局", "住建局", "商务局", "文广旅局", "发改局", "财政局");
  private static final List<String> FINANCE_UNITS =
      List.of("工信局（金融办）", "人民银行", "吉林银保监分局蛟河监管组", "财政局", "商务局");

  /** (incentive id, responsible units as the clause or its annex 2 row lists them). */
  static Stream<Arguments> incentiveUnits() {
    return Stream.of(
        Arguments.of("jiaohe.reward.first-recognition.jilin-city", REWARD_UNITS),
        Arguments.of("jiaohe.reward.first-recognition.provincial", REWARD_UNITS),
        Arguments.of("jiaohe.reward.first-recognition.national", REWARD_UNITS),
        Arguments.of("jiaohe.reward.provincial-tech-centre", List.of("工信局", "财政局")),
        Arguments.of("jiaohe.reward.national-tech-centre", List.of("工信局", "财政局")),
        Arguments.of("jiaohe.reward.national-innovation-demo", List.of("工信局", "财政局")),
        Arguments.of("jiaohe.subsidy.technology-contract", List.of("工信局", "教育局", "财政局")),
        Arguments.of("jiaohe.allowance.graduates", List.of("人社局")),
        Arguments.of("jiaohe.fee-discount.guarantee", FINANCE_UNITS),
        Arguments.of("jiaohe.fast-track.loan-renewal", FINANCE_UNITS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("incentiveUnits")
  void incentiveNamesItsResponsibleUnits(String id, List<String> units) {
    assertEquals(units, zh(incentive(id).responsibleUnits()));
  }

  @Test
  void graduateAllowanceNeedsAContractOfFiveYearsOrMore() {
    Incentive allowance = incentive("jiaohe.allowance.graduates");
    // 连续5年补贴 for 五年以上 contracts: 以上 includes five.
    assertEquals(Optional.of(5), allowance.years());
    assertTrue(allowance.trigger().description().zh().contains("至少五年（含五年）"));
    assertTrue(allowance.note().orElseThrow().en().contains("amount is not stated"));
  }

  @Test
  void firstRecognitionRewardsShareOneGroupAndSayHowTheyAreRead() {
    for (String level : List.of("jilin-city", "provincial", "national")) {
      Incentive i = incentive("jiaohe.reward.first-recognition." + level);
      assertEquals(Optional.of("jiaohe.first-recognition"), i.stacking().group());
      assertEquals("二、(一)第2项", i.stacking().source().clause());
      String note = i.note().orElseThrow().en();
      assertTrue(
          note.contains("on top of any provincial funding"), "paid on top of provincial funds");
      assertTrue(
          note.contains("only the largest reward of the group is due"), "the calculator's reading");
      assertTrue(note.contains("top-up"), "the alternative reading");
    }
  }

  /** (measure id, clause, parent or null, annex 2 row or null, responsible units as listed). */
  static Stream<Arguments> tasks() {
    return Stream.of(
        Arguments.of(
            "jiaohe.task.graded-cultivation",
            "二、(一)",
            null,
            null,
            List.of("工信局", "农业农村局", "住建局", "商务局", "文广旅局", "发改局", "财政局")),
        Arguments.of(
            "jiaohe.task.graded-cultivation.pool",
            "二、(一)第1项",
            "jiaohe.task.graded-cultivation",
            "附件2 (一)1",
            List.of("工信局", "农业农村局", "住建局", "商务局", "文广旅局", "发改局")),
        Arguments.of(
            "jiaohe.task.graded-cultivation.rewards",
            "二、(一)第2项",
            "jiaohe.task.graded-cultivation",
            "附件2 (一)2",
            List.of("工信局", "农业农村局", "住建局", "商务局", "文广旅局", "发改局", "财政局")),
        Arguments.of(
            "jiaohe.task.innovation",
            "二、(二)",
            null,
            null,
            List.of("工信局", "财政局", "教育局", "市监局", "司法局")),
        Arguments.of(
            "jiaohe.task.innovation.first-of-kind",
            "二、(二)第1项",
            "jiaohe.task.innovation",
            "附件2 (二)1",
            List.of("工信局", "财政局")),
        Arguments.of(
            "jiaohe.task.innovation.supply-demand",
            "二、(二)第2项",
            "jiaohe.task.innovation",
            "附件2 (二)2",
            List.of("工信局", "教育局", "财政局")),
        Arguments.of(
            "jiaohe.task.innovation.platforms-equipment",
            "二、(二)第3项",
            "jiaohe.task.innovation",
            "附件2 (二)3",
            List.of("工信局")),
        Arguments.of(
            "jiaohe.task.innovation.brand",
            "二、(二)第4项",
            "jiaohe.task.innovation",
            "附件2 (二)4",
            List.of("市监局")),
        Arguments.of(
            "jiaohe.task.innovation.lean",
            "二、(二)第5项",
            "jiaohe.task.innovation",
            "附件2 (二)5",
            List.of("工信局", "司法局")),
        Arguments.of(
            "jiaohe.task.finance",
            "二、(三)",
            null,
            "附件2 (三)",
            List.of("工信局（金融办）", "人民银行", "吉林银保监分局蛟河监管组", "财政局", "商务局")),
        Arguments.of(
            "jiaohe.task.talent",
            "二、(四)",
            null,
            null,
            List.of("教育局", "人社局", "组织部", "财政局", "农业农村局", "工信局", "商务局", "文广旅局", "住建局", "发改局")),
        Arguments.of(
            "jiaohe.task.talent.skills",
            "二、(四)第1项",
            "jiaohe.task.talent",
            "附件2 (四)1",
            List.of("教育局", "农业农村局", "工信局", "商务局", "文广旅局", "住建局", "发改局")),
        Arguments.of(
            "jiaohe.task.talent.graduates",
            "二、(四)第2项",
            "jiaohe.task.talent",
            "附件2 (四)2",
            List.of("人社局")),
        Arguments.of(
            "jiaohe.task.talent.job-fairs",
            "二、(四)第3项",
            "jiaohe.task.talent",
            "附件2 (四)3",
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void taskWithItsAnnexRowAndUnits(
      String id, String clause, String parent, String annexRow, List<String> units) {
    Measure m = measure(id);
    assertEquals(Measure.Kind.TASK, m.kind());
    assertEquals(clause, m.source().clause());
    assertEquals(Optional.ofNullable(parent), m.parent().map(Object::toString));
    assertEquals(
        annexRow == null ? List.of() : List.of(annexRow),
        m.alsoListedIn().stream().map(SourceRef::clause).toList());
    assertEquals(units, zh(m.responsibleUnits()));
  }

  @Test
  void everyAnnex2RowRestatesExactlyOneTask() {
    List<String> rows = new ArrayList<>();
    doc(JIAOHE_2022).measures().forEach(m -> m.alsoListedIn().forEach(r -> rows.add(r.clause())));
    assertEquals(
        List.of(
                "附件2 (一)1",
                "附件2 (一)2",
                "附件2 (二)1",
                "附件2 (二)2",
                "附件2 (二)3",
                "附件2 (二)4",
                "附件2 (二)5",
                "附件2 (三)",
                "附件2 (四)1",
                "附件2 (四)2",
                "附件2 (四)3")
            .stream()
            .sorted()
            .toList(),
        rows.stream().sorted().toList());
    assertEquals(
        tasks().count(),
        doc(JIAOHE_2022).measures().stream().filter(m -> m.kind() == Measure.Kind.TASK).count());
  }

  @Test
  void safeguardsAndSchedulingRhythm() {
    assertEquals(Measure.Kind.SAFEGUARD, measure("jiaohe.safeguard.leadership").kind());
    assertEquals("三、(一)", measure("jiaohe.safeguard.leadership").source().clause());
    Provision teams = provision("jiaohe.governance.service-teams");
    assertEquals("三、(二)", teams.source().clause());
    assertEquals(Quantity.count(6, Unit.ITEMS), teams.quantity().orElseThrow());
    assertEquals(List.of("农业", "工业", "建筑", "商贸", "文旅", "能源"), zh(teams.items()));
    assertEquals(
        List.of("农业农村局", "工信局", "住建局", "商务局", "文广旅局", "发改局"),
        zh(measure("jiaohe.safeguard.service-teams").responsibleUnits()));
    Measure scheduling = measure("jiaohe.reporting.scheduling");
    assertEquals(Measure.Kind.REPORTING, scheduling.kind());
    assertEquals("三、(三)", scheduling.source().clause());
    assertEquals(List.of("季调度", "半年例会", "年度总结"), zh(scheduling.actions()).subList(0, 3));
    // 三、(三) "季调度、半年例会、年度总结": one structured rhythm per activity, no due rule stated
    assertEquals(
        List.of(Schedule.Period.QUARTER, Schedule.Period.HALF_YEAR, Schedule.Period.YEAR),
        scheduling.schedules().stream().map(Schedule::every).toList());
    assertEquals(
        List.of("季调度", "半年例会", "年度总结"),
        scheduling.schedules().stream().map(x -> x.activity().orElseThrow().zh()).toList());
    assertTrue(scheduling.schedules().stream().allMatch(x -> x.dueDayOfNextMonth().isEmpty()));
    assertEquals(
        List.of("宣传部", "工信局", "领导小组相关成员单位"),
        zh(measure("jiaohe.safeguard.publicity").responsibleUnits()));
    assertEquals("三、(四)", measure("jiaohe.safeguard.publicity").source().clause());
  }

  @Test
  void quarterlyBankFirmMatchmaking() {
    Provision p = provision("jiaohe.service.bank-firm-matchmaking");
    assertEquals("二、(三)", p.source().clause());
    assertEquals(Quantity.count(1, Unit.EVENTS), p.quantity().orElseThrow());
    assertTrue(p.description().orElseThrow().zh().contains("每季度"));
    // 二、(三) "每季度开展一次银企对接活动": once per quarter, structured; the text sets no due day
    assertEquals(1, p.schedules().size());
    assertEquals(Schedule.Period.QUARTER, p.schedules().get(0).every());
    assertEquals(1, p.schedules().get(0).times());
    assertEquals(Optional.empty(), p.schedules().get(0).dueDayOfNextMonth());
    // 二、(三) names its units for the whole task; the events are not assigned to a subset of them.
    assertEquals(FINANCE_UNITS, zh(p.responsibleUnits()));
    assertTrue(p.note().isPresent());
  }

  /** Directions of Jiaohe: (key, focus industries as written). */
  static Stream<Arguments> directions() {
    return Stream.of(
        Arguments.of("zhuan", List.of("装备制造", "石材加工")),
        Arguments.of("jing", List.of("医药健康", "食品", "装备", "新材料", "现代种业")),
        Arguments.of("te", List.of("农产品加工", "地方特色资源加工")),
        Arguments.of("xin", List.of("关键核心技术研发", "建立现代企业制度", "借助信息技术创新商业模式")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directions")
  void focusIndustries(String key, List<String> items) {
    assertEquals(items, zh(provision("jiaohe.focus." + key).items()));
    assertEquals(Provision.Kind.DIRECTION, provision("jiaohe.direction." + key).kind());
  }

  // ------------------------------------------------------------------ annex 1

  private static final RecognitionLevel PROV = RecognitionLevel.PROVINCE;
  private static final RecognitionLevel CITY = RecognitionLevel.CITY;
  private static final List<String> IN_CITY_POOL = List.of("吉林市培育库");
  private static final List<String> PROV_2021 = List.of("2021", "省级");
  private static final List<String> PROV_2021_NATIONAL_PLANNED =
      List.of("2021", "省级", "国家级", "拟培育");

  /**
   * Annex 1 row by row: (serial, name, industry, tech centre, patents, words of the SRDI status
   * cell or null for a blank cell, planned Jilin City year, planned provincial year, whether the
   * row needs a note).
   */
  static Stream<Arguments> pool() {
    return Stream.of(
        Arguments.of(1, "长白山制药股份有限公司", "医药", PROV, 2, IN_CITY_POOL, 2022, 2023, false),
        Arguments.of(
            2, "吉林添正生物科技股份有限公司", "医药", CITY, 19, PROV_2021_NATIONAL_PLANNED, 2022, null, true),
        Arguments.of(3, "吉林市松江塑料管道设备有限责任公司", "冶金建材", CITY, 25, IN_CITY_POOL, 2022, 2022, false),
        Arguments.of(4, "蛟河市天翔炭业有限公司", "冶金建材", null, 6, IN_CITY_POOL, 2022, 2023, false),
        Arguments.of(5, "吉林天一昊宇食品科技有限公司", "农副产品加工", null, 1, null, 2023, 2024, false),
        Arguments.of(6, "吉林金亿食品有限责任公司", "农副产品加工", null, null, null, 2024, 2025, false),
        Arguments.of(7, "吉林省松花湖管业有限公司", "冶金建材", CITY, 13, PROV_2021, 2022, null, true),
        Arguments.of(8, "长白山酒业集团有限公司", "葡萄酒制造", null, 1, null, 2023, 2025, false),
        Arguments.of(9, "吉林得利斯食品有限公司", "农副产品加工", CITY, null, null, 2023, 2023, false),
        Arguments.of(10, "吉林开普科立辉动力有限公司", "装备制造", CITY, 18, IN_CITY_POOL, 2022, 2022, false),
        Arguments.of(11, "吉林鸿源绿洲环保科技有限公司", "废弃资源综合利用", null, 4, IN_CITY_POOL, 2023, 2024, false),
        Arguments.of(12, "吉林旺普家具有限公司", "家具制造", null, null, null, 2024, 2025, false));
  }

  @ParameterizedTest(name = "row {0}")
  @MethodSource("pool")
  void poolFirmAsListed(
      int serial,
      String name,
      String industry,
      RecognitionLevel techCentre,
      Integer patents,
      List<String> status,
      Integer cityYear,
      Integer provinceYear,
      boolean noted) {
    PoolFirm f =
        doc(JIAOHE_2022).poolFirms().stream()
            .filter(x -> x.serial() == serial)
            .findFirst()
            .orElseThrow();
    assertEquals(name, f.name());
    assertEquals(industry, f.industry().zh());
    assertEquals(Optional.ofNullable(techCentre), f.technologyCentre());
    assertEquals(Optional.ofNullable(patents), f.patents());
    assertEquals(Optional.of(PoolFirm.OperatingStatus.PRODUCING), f.operatingStatus());
    assertEquals(status == null, f.srdiStatus().isEmpty());
    if (status != null) {
      for (String word : status) {
        assertTrue(
            f.srdiStatus().get().zh().contains(word), f.srdiStatus().get().zh() + " lacks " + word);
      }
    }
    // Rows 2 and 7 are provincial already yet planned for the lower Jilin City level: a note says
    // so.
    assertEquals(noted, f.note().isPresent(), "note on row " + serial);
    assertEquals(Optional.ofNullable(cityYear), f.plannedCityYear());
    assertEquals(Optional.ofNullable(provinceYear), f.plannedProvinceYear());
    assertEquals("附件1 序号" + serial, f.source().clause());
  }

  @Test
  void poolHasTwelveFirms() {
    assertEquals(12, doc(JIAOHE_2022).poolFirms().size());
    assertEquals(Provision.Kind.PROCEDURE, provision("jiaohe.pool.dynamic-management").kind());
  }
}
