package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.testing.DataFilesContract;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number and clause encoded from annex 3 of 金政发〔2022〕33号, checked against the seed text row
 * by row.
 */
class AnnexThreeTest {
  private static final String LG = "cn.cited-2022.lg.";
  private static final String SC = "cn.cited-2022.sc.";
  private static final String SCP = "cn.cited-2022.scp.";

  /**
   * Key rows of the review sheets (id | clause | indicator | operator word | bound with unit) of
   * every seed comparison and yes/no test of annex 3, typed from the annex table: 小巨人 1 "70%以上", 2
   * "全省前3位", 3 "3年及以上 … 不高于70%", 4 "达到5%以上", 5 "至少2项发明专利", 6 "取得 … 认证" (one of three alternatives,
   * read as a yes/no fact), 8 "至少1项核心业务采用信息系统支撑", 9 "不低于3%" / "不低于6%" / "8000万元（含）以上" /
   * "3000万元（含）以上" / "50%（含）以上".
   */
  private static final String LITTLE_GIANT_ROWS =
      """
      cn.cited-2022.lg.main-business-share | 金政发〔2022〕33号 附件3 小巨人 1 | main-business-share | at-least | 70%
      cn.cited-2022.lg.market-rank-province | 金政发〔2022〕33号 附件3 小巨人 2 | market-rank-province | at-most | 3位
      cn.cited-2022.lg.years-in-niche | 金政发〔2022〕33号 附件3 小巨人 3 | years-in-niche | at-least | 3 years
      cn.cited-2022.lg.debt-ratio | 金政发〔2022〕33号 附件3 小巨人 3 | debt-to-asset-ratio | at-most | 70%
      cn.cited-2022.lg.main-business-growth | 金政发〔2022〕33号 附件3 小巨人 4 | main-business-growth-avg-2y | at-least | 5%
      cn.cited-2022.lg.net-profit-growth | 金政发〔2022〕33号 附件3 小巨人 4 | net-profit-growth-avg-2y | at-least | 5%
      cn.cited-2022.lg.invention-patents | 金政发〔2022〕33号 附件3 小巨人 5 | invention-patents | at-least | 2项
      cn.cited-2022.lg.certification | 金政发〔2022〕33号 附件3 小巨人 6 | management-certification | status | yes
      cn.cited-2022.lg.core-it-system | 金政发〔2022〕33号 附件3 小巨人 8 | core-business-it-system | status | yes
      cn.cited-2022.lg.rnd-intensity-1yi | 金政发〔2022〕33号 附件3 小巨人 9 | in [1亿元, ∞) · rnd-intensity-2y | at-least | 3%
      cn.cited-2022.lg.rnd-intensity-5000wan | 金政发〔2022〕33号 附件3 小巨人 9 | in [5000万元, 1亿元) · rnd-intensity-2y | at-least | 6%
      cn.cited-2022.lg.equity-2y | 金政发〔2022〕33号 附件3 小巨人 9 | equity-financing-2y | at-least | 8000万元
      cn.cited-2022.lg.rnd-expenditure-2y | 金政发〔2022〕33号 附件3 小巨人 9 | rnd-expenditure-sum-2y | at-least | 3000万元
      cn.cited-2022.lg.rnd-staff | 金政发〔2022〕33号 附件3 小巨人 9 | rnd-staff-share | at-least | 50%
      """
          .strip()
          .lines()
          .map(String::strip)
          .collect(Collectors.joining("\n"));

  /**
   * The same for the single champion: 企业 1 "近3年无安全、环境违法记录" (none in 3 years), 6 "10 年或以上" or "3
   * 年或以上", 7 "70%以上". Rows 1-6 span the enterprise and product columns; row 7 has its own, empty,
   * product cell.
   */
  private static final String CHAMPION_ROWS =
      """
      cn.cited-2022.sc.no-violations | 金政发〔2022〕33号 附件3 单项冠军 企业 1 | safety-environment-violations-3y | at-most | 0次
      cn.cited-2022.sc.years-in-field | 金政发〔2022〕33号 附件3 单项冠军 企业 6 | years-in-field | at-least | 10 years
      cn.cited-2022.sc.years-in-new-product | 金政发〔2022〕33号 附件3 单项冠军 企业 6 | years-in-new-product | at-least | 3 years
      cn.cited-2022.sc.main-product-share | 金政发〔2022〕33号 附件3 单项冠军 企业 7 | main-product-share | at-least | 70%
      cn.cited-2022.scp.no-violations | 金政发〔2022〕33号 附件3 单项冠军 企业 1 | safety-environment-violations-3y | at-most | 0次
      cn.cited-2022.scp.years-in-field | 金政发〔2022〕33号 附件3 单项冠军 企业 6 | years-in-field | at-least | 10 years
      cn.cited-2022.scp.years-in-new-product | 金政发〔2022〕33号 附件3 单项冠军 企业 6 | years-in-new-product | at-least | 3 years
      """
          .strip()
          .lines()
          .map(String::strip)
          .collect(Collectors.joining("\n"));

  private static String[] ids(String rows) {
    return rows.lines().map(r -> r.split(" \\| ")[0]).toArray(String[]::new);
  }

  @Test
  void keyRowsOfTheReviewSheets_matchAnnexThree() {
    assertEquals(
        LITTLE_GIANT_ROWS,
        String.join(
            "\n",
            DataFilesContract.keyRows(
                new NationalSource(), "cited-2022-little-giant.yaml", ids(LITTLE_GIANT_ROWS))));
    assertEquals(
        CHAMPION_ROWS,
        String.join(
            "\n",
            DataFilesContract.keyRows(
                new NationalSource(), "cited-2022-champion.yaml", ids(CHAMPION_ROWS))));
    for (String id : ids(LITTLE_GIANT_ROWS + "\n" + CHAMPION_ROWS)) {
      assertEquals(
          Confidence.SEED, CATALOG.fact(FactId.of(id), Condition.class).source().confidence(), id);
    }
  }

  @Test
  void everySeedComparisonAndStatus_isInTheRows() {
    Set<String> table = new TreeSet<>(List.of(ids(LITTLE_GIANT_ROWS + "\n" + CHAMPION_ROWS)));
    Set<String> seed =
        CATALOG.facts(Condition.class).stream()
            .filter(c -> c instanceof Comparison || c instanceof Status)
            .filter(c -> c.source().confidence() == Confidence.SEED)
            .map(c -> c.id().toString())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(table, seed);
  }

  @Test
  void otherIpCount_sumsTheThreeKindsToFive() {
    SumComparison s = CATALOG.fact(FactId.of(LG + "other-ip"), SumComparison.class);
    assertEquals(
        Set.of("utility-model-patents", "design-patents", "software-copyrights"),
        s.indicators().stream().map(IndicatorId::toString).collect(Collectors.toSet()));
    assertEquals(Operator.AT_LEAST, s.operator());
    assertTrue(s.threshold().isSameValueAs(Quantity.count(5, Unit.IP_ITEMS)));
    assertEquals("附件3 小巨人 5", s.source().clause());
  }

  @Test
  void rndRule_isBandedByRevenueAtFiveThousandWanAndOneYi() {
    Banded b = CATALOG.fact(FactId.of(LG + "rnd-by-revenue"), Banded.class);
    assertEquals(IndicatorId.of("operating-revenue"), b.indicator());
    List<Interval> ranges = b.bands().stream().map(Band::range).toList();
    // 1亿元及以上; 5000万元(含)—1亿元(不含); 不足5000万元
    assertBand(ranges.get(0), Quantity.yiYuan("1"), true, null, false);
    assertBand(ranges.get(1), Quantity.wanYuan("5000"), true, Quantity.yiYuan("1"), false);
    assertBand(ranges.get(2), null, false, Quantity.wanYuan("5000"), false);
    assertEquals(FactId.of(LG + "small-firm"), b.bands().get(2).then().orElseThrow().id());
  }

  @Test
  void champion_below4Yi_mustHoldLittleGiant_inclusive() {
    Banded b = CATALOG.fact(FactId.of(SC + "little-giant-below-4yi"), Banded.class);
    assertEquals(IndicatorId.of("operating-revenue"), b.indicator());
    // 4亿元以下 includes 4亿.
    assertBand(b.bands().get(0).range(), null, false, Quantity.yiYuan("4"), true);
    assertEquals(
        NationalTiers.LITTLE_GIANT, ((HoldsTier) b.bands().get(0).then().orElseThrow()).tier());
    assertBand(b.bands().get(1).range(), Quantity.yiYuan("4"), false, null, false);
    assertTrue(b.bands().get(1).then().isEmpty());
    assertEquals("附件3 单项冠军 企业 4", b.source().clause());
  }

  private static void assertBand(
      Interval r, Quantity lower, boolean lowerIn, Quantity upper, boolean upperIn) {
    if (lower == null) {
      assertTrue(r.lower().isEmpty(), r.toString());
    } else {
      assertTrue(r.lower().orElseThrow().isSameValueAs(lower), r.toString());
      assertEquals(lowerIn, r.lowerInclusive(), r.toString());
    }
    if (upper == null) {
      assertTrue(r.upper().isEmpty(), r.toString());
    } else {
      assertTrue(r.upper().orElseThrow().isSameValueAs(upper), r.toString());
      assertEquals(upperIn, r.upperInclusive(), r.toString());
    }
  }

  /** (fact id, clause) of the conditions that need a declaration or review. */
  static Stream<Arguments> qualitative() {
    return Stream.of(
        Arguments.of(LG + "rnd-institution", "附件3 小巨人 7"),
        Arguments.of(LG + "key-field-breakthrough", "附件3 小巨人 9"),
        Arguments.of(SC + "brand-strategy", "附件3 单项冠军 企业 2"),
        Arguments.of(SC + "key-field", "附件3 单项冠军 企业 3"),
        Arguments.of(SC + "margin-above-industry", "附件3 单项冠军 企业 4"),
        Arguments.of(SC + "leading-technology", "附件3 单项冠军 企业 5"),
        Arguments.of(SCP + "brand-strategy", "附件3 单项冠军 企业 2"),
        Arguments.of(SCP + "key-field", "附件3 单项冠军 企业 3"),
        Arguments.of(SCP + "margin-above-industry", "附件3 单项冠军 企业 4"),
        Arguments.of(SCP + "leading-technology", "附件3 单项冠军 企业 5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("qualitative")
  void qualitative_citesItsRow(String id, String clause) {
    Qualitative q = CATALOG.fact(FactId.of(id), Qualitative.class);
    assertEquals(clause, q.source().clause());
    assertEquals(Confidence.SEED, q.source().confidence());
  }

  @Test
  void everyRowOfAnnexThree_isCited_withTheAgreedPaths() {
    Set<String> expected = new TreeSet<>();
    for (int i = 1; i <= 9; i++) {
      expected.add("附件3 小巨人 " + i);
    }
    for (int i = 1; i <= 7; i++) {
      expected.add("附件3 单项冠军 企业 " + i);
    }
    expected.add("附件3 备注");
    expected.add("附件3");
    Set<String> cited = new TreeSet<>();
    CATALOG.facts(Condition.class).stream()
        .map(Condition::source)
        .filter(r -> r.document().toString().equals(National.JINHU))
        .forEach(r -> cited.add(r.clause()));
    CATALOG.facts(Provision.class).stream()
        .map(Provision::source)
        .filter(r -> r.document().toString().equals(National.JINHU))
        .forEach(r -> cited.add(r.clause()));
    CATALOG.facts(EligibilityCriteria.class).stream()
        .map(EligibilityCriteria::source)
        .filter(r -> r.document().toString().equals(National.JINHU))
        .forEach(r -> cited.add(r.clause()));
    assertEquals(expected, cited);
  }

  @Test
  void championProduct_sharesRowsOneToSix_butNotTheSeventyPercentRule() {
    EligibilityCriteria product = Fixtures.criteria(SCP + "criteria");
    assertEquals(NationalTiers.SINGLE_CHAMPION_PRODUCT, product.tier());
    assertEquals("附件3", product.source().clause());
    Set<String> rows = new TreeSet<>();
    product.tracks().forEach(t -> collectClauses(t.condition(), rows));
    Set<String> expected = new TreeSet<>();
    for (int i = 1; i <= 6; i++) {
      expected.add("附件3 单项冠军 企业 " + i);
    }
    assertEquals(expected, rows);
    Banded below4Yi = CATALOG.fact(FactId.of(SCP + "little-giant-below-4yi"), Banded.class);
    assertBand(below4Yi.bands().get(0).range(), null, false, Quantity.yiYuan("4"), true);
    assertEquals(
        NationalTiers.LITTLE_GIANT,
        ((HoldsTier) below4Yi.bands().get(0).then().orElseThrow()).tier());
    Set<String> enterpriseRows = new TreeSet<>();
    Fixtures.criteria(SC + "criteria")
        .tracks()
        .forEach(t -> collectClauses(t.condition(), enterpriseRows));
    expected.add("附件3 单项冠军 企业 7");
    assertEquals(expected, enterpriseRows);
  }

  private static void collectClauses(Condition c, Set<String> out) {
    out.add(c.source().clause());
    if (c instanceof io.github.srdipolicy.model.AllOf a) {
      a.conditions().forEach(x -> collectClauses(x, out));
    } else if (c instanceof io.github.srdipolicy.model.AnyOf a) {
      a.conditions().forEach(x -> collectClauses(x, out));
    } else if (c instanceof Banded b) {
      b.bands().forEach(band -> band.then().ifPresent(x -> collectClauses(x, out)));
    }
  }

  @Test
  void remark_becomesACaveatOfBothCriteria() {
    for (String id : List.of(LG + "criteria", SC + "criteria", SCP + "criteria")) {
      assertTrue(
          Fixtures.criteria(id).caveats().stream().anyMatch(t -> t.zh().contains("当年申报通知为准")), id);
    }
    assertEquals(
        "附件3 备注",
        CATALOG.fact(FactId.of(LG + "yearly-call-prevails"), Provision.class).source().clause());
  }
}
