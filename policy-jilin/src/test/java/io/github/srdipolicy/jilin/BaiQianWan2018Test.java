package io.github.srdipolicy.jilin;

import static io.github.srdipolicy.jilin.Fixtures.BAIQIANWAN_2018;
import static io.github.srdipolicy.jilin.Fixtures.CATALOG;
import static io.github.srdipolicy.jilin.Fixtures.doc;
import static io.github.srdipolicy.jilin.Fixtures.fact;
import static io.github.srdipolicy.jilin.Fixtures.incentive;
import static io.github.srdipolicy.jilin.Fixtures.measure;
import static io.github.srdipolicy.jilin.Fixtures.provision;
import static io.github.srdipolicy.jilin.Fixtures.zh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Schedule;
import io.github.srdipolicy.model.TriggerKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 吉工信民营〔2018〕350号 checked clause by clause against values typed from the text. */
class BaiQianWan2018Test {

  /**
   * Key rows of the review sheet (id | clause | indicator or kind | operator word | bound) of the
   * facts with a number or a date, under the clause text each was checked against.
   */
  static final String KEY_ROWS =
      """
      // 三、(一) 百强民营企业集团: 以全省主营业务收入超10亿元的民营企业为重点 (超 excludes the bound)
      jilin.hundred-strong-private | 三、(一) | tier PROVINCE |  |
      jilin.baiqianwan.criteria.hundred-strong | 三、(一) | criteria for jilin.hundred-strong-private |  |
      jilin.baiqianwan.criteria.hundred-strong.all | 三、(一) | track general · all of |  | 2 conditions
      jilin.baiqianwan.criteria.hundred-strong.revenue | 三、(一) | main-business-revenue | more-than | 10亿元
      jilin.baiqianwan.criteria.hundred-strong.private | 三、(一) | declaration private-enterprise |  |
      // 三、(一)-(三): 百强、千户"专精特新"、万户成长型
      jilin.baiqianwan.cohort.hundred | 三、(一) | provision COHORT |  | 100家
      jilin.baiqianwan.cohort.thousand | 三、(二) | provision COHORT |  | 1000家
      jilin.baiqianwan.cohort.ten-thousand | 三、(三) | provision COHORT |  | 10000家
      // 四、(二): 省级"三个100"：100户民营大企业、100户专精特新、100户成长型小微企业；每季度次月20日前上报
      jilin.baiqianwan.cohort.province-100.large-private | 四、(二) | provision COHORT |  | 100家
      jilin.baiqianwan.cohort.province-100.srdi | 四、(二) | provision COHORT |  | 100家
      jilin.baiqianwan.cohort.province-100.growth | 四、(二) | provision COHORT |  | 100家
      jilin.baiqianwan.reporting.quarterly | 四、(二) | measure REPORTING |  | every QUARTER ×1, due by day 20 of the next month
      // 四、(三): 专项资金优先支持；优先参加中博会等；优先列入…(no amount)
      jilin.baiqianwan.priority.funds | 四、(三) | incentive PRIORITY_SERVICE |  |
      jilin.baiqianwan.priority.fairs | 四、(三) | incentive PRIORITY_SERVICE |  |
      jilin.baiqianwan.priority.platform-services | 四、(三) | incentive PRIORITY_SERVICE |  |
      // 五、: 于2018年9月28日前将推荐名单报送
      jilin.baiqianwan.deadline.recommendations | 五、 | provision DEADLINE |  | 2018-09-28
      """;

  @Test
  void keyRowsOfTheReviewSheet_matchTheirClauses() {
    io.github.srdipolicy.testing.DataFilesContract.assertKeyRows(
        new JilinSource(), "baiqianwan-2018.yaml", KEY_ROWS);
    Comparison revenue = fact("jilin.baiqianwan.criteria.hundred-strong.revenue", Comparison.class);
    assertEquals(Operator.GREATER_THAN, revenue.operator(), "超 is exclusive");
    assertEquals(Quantity.yiYuan("10"), revenue.threshold());
    EligibilityCriteria criteria =
        fact("jilin.baiqianwan.criteria.hundred-strong", EligibilityCriteria.class);
    assertEquals(JilinTiers.HUNDRED_STRONG_PRIVATE, criteria.tier());
    assertTrue(
        criteria.caveats().size() >= 1,
        "the bound is a focus, not a strict rule: a caveat says so");
  }

  private static Outcome hundredOutcome(String revenueWan) {
    EnterpriseProfile firm =
        EnterpriseProfile.builder()
            .jurisdiction(JilinSource.PROVINCE)
            .putValues(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.wanYuan(revenueWan))
            .putDeclarations("private-enterprise", true)
            .build();
    EligibilityReport report =
        CATALOG
            .evaluator()
            .evaluate(
                fact("jilin.baiqianwan.criteria.hundred-strong", EligibilityCriteria.class),
                firm,
                LocalDate.of(2018, 10, 1));
    return report.outcome();
  }

  @Test
  void exactlyOneBillionIsOutsideTheHundredGroup() {
    assertEquals(Outcome.NOT_ELIGIBLE, hundredOutcome("100000"));
    assertEquals(Outcome.ELIGIBLE, hundredOutcome("100001"));
  }

  /** (provision id, clause, items as written). */
  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of(
            "jilin.baiqianwan.focus.leading-industries", "三、(二)", List.of("汽车", "石化", "农产品加工")),
        Arguments.of(
            "jilin.baiqianwan.focus.advantage-industries",
            "三、(二)",
            List.of("医药健康", "食品", "装备", "新材料", "电子信息")),
        Arguments.of(
            "jilin.baiqianwan.service.growth-firms",
            "三、(三)",
            List.of("融资担保", "人才培养", "技术支持", "信息咨询", "创业辅导", "市场开拓", "管理咨询", "法律维权")),
        Arguments.of(
            "jilin.baiqianwan.service.hundred",
            "三、(一)",
            List.of("一企一策", "引导加快创新", "支持参与标准制定", "培育吉林省名牌")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void listedItems(String id, String clause, List<String> items) {
    Provision p = provision(id);
    assertEquals(clause, p.source().clause());
    assertEquals(items, zh(p.items()));
  }

  @Test
  void recommendationsDueBy28September2018() {
    Provision deadline = provision("jilin.baiqianwan.deadline.recommendations");
    assertEquals(LocalDate.of(2018, 9, 28), deadline.date().orElseThrow());
    assertEquals(List.of("各市(州)、县(市)工信局"), zh(deadline.responsibleUnits()));
  }

  @Test
  void quarterlyReportByThe20thOfTheFollowingMonth() {
    Measure report = measure("jilin.baiqianwan.reporting.quarterly");
    assertTrue(report.summary().orElseThrow().zh().contains("季度"));
    assertTrue(report.summary().orElseThrow().zh().contains("次月20日前"));
    assertEquals(List.of("各市(州)、县(市)工信局"), zh(report.responsibleUnits()));
    assertTrue(report.note().orElseThrow().en().contains("provincial SME service centre"));
    assertTrue(report.summary().orElseThrow().en().contains("20th of the following month"));
    // 四、(二) "每季度次月20日前上报": structured as a quarterly cadence with a due rule
    assertEquals(1, report.schedules().size());
    Schedule s = report.schedules().get(0);
    assertEquals(Schedule.Period.QUARTER, s.every());
    assertEquals(1, s.times());
    assertEquals(Optional.of(20), s.dueDayOfNextMonth());
    // the third quarter of 2018 (the action starts in September) is due by 20 October 2018
    assertEquals(Optional.of(LocalDate.of(2018, 10, 20)), s.dueDate(LocalDate.of(2018, 9, 21)));
    assertEquals(Optional.of(LocalDate.of(2019, 1, 20)), s.dueDate(LocalDate.of(2018, 12, 31)));
  }

  @Test
  void supportIsPriorityWithoutAmounts() {
    for (String key : List.of("funds", "fairs", "platform-services")) {
      Incentive i = incentive("jilin.baiqianwan.priority." + key);
      assertEquals(TriggerKind.POOL_MEMBERSHIP, i.trigger().kind());
      assertTrue(i.amount().isEmpty() && i.cap().isEmpty());
      assertTrue(i.note().isPresent());
    }
    assertEquals(3, doc(BAIQIANWAN_2018).incentives().size());
  }

  @Test
  void supervisingAndCoordinatingBodies() {
    assertEquals(
        List.of("省突出发展民营经济领导小组办公室", "省促进中小企业发展服务中心"),
        zh(provision("jilin.baiqianwan.governance.coordination").responsibleUnits()));
    assertEquals("四、(一)", provision("jilin.baiqianwan.governance.coordination").source().clause());
    Provision supervision = provision("jilin.baiqianwan.governance.supervision");
    assertEquals("四、(四)", supervision.source().clause());
    assertEquals(List.of("吉林省工业和信息化厅", "各市(州)工信局"), zh(supervision.responsibleUnits()));
  }

  @Test
  void actionRunsThrough2018() {
    assertEquals(LocalDate.of(2018, 8, 27), doc(BAIQIANWAN_2018).validity().start());
    assertEquals(LocalDate.of(2019, 1, 1), doc(BAIQIANWAN_2018).validity().end().orElseThrow());
  }
}
