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
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every number and clause encoded from annex 3 of 金政发〔2022〕33号, checked against the seed text row by row. */
class AnnexThreeTest {
  private static final String LG = "cn.cited-2022.lg.";
  private static final String SC = "cn.cited-2022.sc.";
  private static final String SCP = "cn.cited-2022.scp.";

  /** (fact id, indicator, operator, amount, unit, clause), typed from annex 3. */
  static Stream<Arguments> comparisons() {
    return Stream.of(
        Arguments.of(LG + "main-business-share", "main-business-share", Operator.AT_LEAST, "70", Unit.PERCENT, "附件3 小巨人 1"),
        Arguments.of(LG + "market-rank-province", "market-rank-province", Operator.AT_MOST, "3", Unit.RANK, "附件3 小巨人 2"),
        Arguments.of(LG + "years-in-niche", "years-in-niche", Operator.AT_LEAST, "3", Unit.YEARS, "附件3 小巨人 3"),
        Arguments.of(LG + "debt-ratio", "debt-to-asset-ratio", Operator.AT_MOST, "70", Unit.PERCENT, "附件3 小巨人 3"),
        Arguments.of(LG + "main-business-growth", "main-business-growth-avg-2y", Operator.AT_LEAST, "5", Unit.PERCENT, "附件3 小巨人 4"),
        Arguments.of(LG + "net-profit-growth", "net-profit-growth-avg-2y", Operator.AT_LEAST, "5", Unit.PERCENT, "附件3 小巨人 4"),
        Arguments.of(LG + "invention-patents", "invention-patents", Operator.AT_LEAST, "2", Unit.IP_ITEMS, "附件3 小巨人 5"),
        Arguments.of(LG + "certification", "management-certification", Operator.AT_LEAST, "1", Unit.FLAG, "附件3 小巨人 6"),
        Arguments.of(LG + "core-it-system", "core-business-it-system", Operator.AT_LEAST, "1", Unit.FLAG, "附件3 小巨人 8"),
        Arguments.of(LG + "rnd-intensity-1yi", "rnd-intensity-2y", Operator.AT_LEAST, "3", Unit.PERCENT, "附件3 小巨人 9"),
        Arguments.of(LG + "rnd-intensity-5000wan", "rnd-intensity-2y", Operator.AT_LEAST, "6", Unit.PERCENT, "附件3 小巨人 9"),
        Arguments.of(LG + "equity-2y", "equity-financing-2y", Operator.AT_LEAST, "8000", Unit.WAN_YUAN, "附件3 小巨人 9"),
        Arguments.of(LG + "rnd-expenditure-2y", "rnd-expenditure-sum-2y", Operator.AT_LEAST, "3000", Unit.WAN_YUAN, "附件3 小巨人 9"),
        Arguments.of(LG + "rnd-staff", "rnd-staff-share", Operator.AT_LEAST, "50", Unit.PERCENT, "附件3 小巨人 9"),
        Arguments.of(SC + "no-violations", "safety-environment-violations-3y", Operator.AT_MOST, "0", Unit.EVENTS, "附件3 单项冠军 企业 1"),
        Arguments.of(SC + "years-in-field", "years-in-field", Operator.AT_LEAST, "10", Unit.YEARS, "附件3 单项冠军 企业 6"),
        Arguments.of(SC + "years-in-new-product", "years-in-new-product", Operator.AT_LEAST, "3", Unit.YEARS, "附件3 单项冠军 企业 6"),
        Arguments.of(SC + "main-product-share", "main-product-share", Operator.AT_LEAST, "70", Unit.PERCENT, "附件3 单项冠军 企业 7"),
        // rows 1-6 span the enterprise and product columns; row 7 has its own, empty, product cell
        Arguments.of(SCP + "no-violations", "safety-environment-violations-3y", Operator.AT_MOST, "0", Unit.EVENTS, "附件3 单项冠军 企业 1"),
        Arguments.of(SCP + "years-in-field", "years-in-field", Operator.AT_LEAST, "10", Unit.YEARS, "附件3 单项冠军 企业 6"),
        Arguments.of(SCP + "years-in-new-product", "years-in-new-product", Operator.AT_LEAST, "3", Unit.YEARS, "附件3 单项冠军 企业 6"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisons")
  void comparison_matchesTheAnnex(String id, String indicator, Operator op, String amount, Unit unit, String clause) {
    Comparison c = CATALOG.fact(FactId.of(id), Comparison.class);
    assertEquals(IndicatorId.of(indicator), c.indicator());
    assertEquals(op, c.operator());
    assertEquals(unit, c.threshold().unit());
    assertEquals(0, c.threshold().amount().compareTo(new BigDecimal(amount)), c.threshold().toString());
    assertEquals(clause, c.source().clause());
    assertEquals(National.JINHU, c.source().document().toString());
    assertEquals(Confidence.SEED, c.source().confidence());
  }

  @Test
  void everySeedComparison_isInTheTable() {
    Set<String> table = comparisons().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
    Set<String> seed = CATALOG.facts(Comparison.class).stream()
        .filter(c -> c.source().confidence() == Confidence.SEED).map(c -> c.id().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(table, seed);
  }

  @Test
  void otherIpCount_sumsTheThreeKindsToFive() {
    SumComparison s = CATALOG.fact(FactId.of(LG + "other-ip"), SumComparison.class);
    assertEquals(Set.of("utility-model-patents", "design-patents", "software-copyrights"),
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
    assertEquals(NationalTiers.LITTLE_GIANT, ((HoldsTier) b.bands().get(0).then().orElseThrow()).tier());
    assertBand(b.bands().get(1).range(), Quantity.yiYuan("4"), false, null, false);
    assertTrue(b.bands().get(1).then().isEmpty());
    assertEquals("附件3 单项冠军 企业 4", b.source().clause());
  }

  private static void assertBand(Interval r, Quantity lower, boolean lowerIn, Quantity upper, boolean upperIn) {
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
    CATALOG.facts(Condition.class).stream().map(Condition::source)
        .filter(r -> r.document().toString().equals(National.JINHU)).forEach(r -> cited.add(r.clause()));
    CATALOG.facts(Provision.class).stream().map(Provision::source)
        .filter(r -> r.document().toString().equals(National.JINHU)).forEach(r -> cited.add(r.clause()));
    CATALOG.facts(EligibilityCriteria.class).stream().map(EligibilityCriteria::source)
        .filter(r -> r.document().toString().equals(National.JINHU)).forEach(r -> cited.add(r.clause()));
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
    assertEquals(NationalTiers.LITTLE_GIANT, ((HoldsTier) below4Yi.bands().get(0).then().orElseThrow()).tier());
    Set<String> enterpriseRows = new TreeSet<>();
    Fixtures.criteria(SC + "criteria").tracks().forEach(t -> collectClauses(t.condition(), enterpriseRows));
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
      assertTrue(Fixtures.criteria(id).caveats().stream().anyMatch(t -> t.zh().contains("当年申报通知为准")), id);
    }
    assertEquals("附件3 备注", CATALOG.fact(FactId.of(LG + "yearly-call-prevails"), Provision.class).source().clause());
  }
}
