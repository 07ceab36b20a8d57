package io.github.srdipolicy.jiangsu;

import static io.github.srdipolicy.engine.Outcome.ELIGIBLE;
import static io.github.srdipolicy.engine.Outcome.NOT_ELIGIBLE;
import static io.github.srdipolicy.engine.Outcome.UNDETERMINED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.srdipolicy.engine.ConditionResult;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.engine.TrackResult;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.Unit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Firm profiles written from the boundaries of annexes 1, 2, 4 and 5 of 金政发〔2022〕33号, with the
 * outcome the annex text gives them; and a check that the cases reach every condition.
 */
class JinhuAnnexesTest {
  static final String A1 = "jinhu.annex1.criteria";
  static final String A2 = "jinhu.annex2.criteria";
  static final String A4P = "jinhu.annex4.product-criteria";
  static final String A4E = "jinhu.annex4.giant-criteria";
  static final String A5P = "jinhu.annex5.product-criteria";
  static final String A5E = "jinhu.annex5.giant-criteria";

  private static Quantity wan(String amount) {
    return Quantity.wanYuan(amount);
  }

  private static Quantity pct(String amount) {
    return Quantity.percent(amount);
  }

  private static Quantity ip(int n) {
    return Quantity.count(n, Unit.IP_ITEMS);
  }

  private static Quantity level(RecognitionLevel level) {
    return Quantity.level(level);
  }

  // ------------------------------------------------------------------ annex 1: provincial 千企升级
  // pool

  static final Firm A1_COMMON =
      Firm.named("annex 1 common met")
          .declare("registered-in-jiangsu", true)
          .declare("independent-legal-person", true)
          .declare("niche-market-focus", true)
          .declare("well-managed", true)
          .declare("good-reputation", true)
          .declare("no-misconduct-record", true);

  /** Manufacturing track met exactly at every bound; the innovation track fails on its industry. */
  static final Firm A1_MFG =
      A1_COMMON
          .declare("in-jiangsu-13-clusters", true)
          .declare("owns-ip-of-main-product", true)
          .with(Indicators.INVENTION_PATENTS, ip(1))
          .with(Indicators.UTILITY_MODEL_PATENTS, ip(1))
          .with(Indicators.MAIN_PRODUCT_SHARE, pct("40"))
          .declare("main-product-among-national-leaders", false)
          .with(Indicators.IN_LEADER_SUPPLY_CHAIN, Quantity.flag(true))
          .with(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y, pct("5"))
          .with(Indicators.OPERATING_MARGIN_AVG_3Y, pct("1"))
          .declare("in-strategic-emerging-industry", false);

  /** Innovation track met with exactly one patent; the manufacturing track fails on the cluster. */
  static final Firm A1_INNOV =
      A1_COMMON
          .declare("in-jiangsu-13-clusters", false)
          .declare("in-strategic-emerging-industry", true)
          .declare("four-new-characteristics", true)
          .with(Indicators.INVENTION_PATENTS, ip(0))
          .with(Indicators.UTILITY_MODEL_PATENTS, ip(1))
          .declare("core-team-professional-background", true)
          .declare("high-growth-potential", true);

  static Stream<Arguments> annex1() {
    return Stream.of(
        arguments("manufacturing, every bound met exactly", A1_MFG, ELIGIBLE),
        arguments(
            "manufacturing, one patent short of 2",
            A1_MFG.with(Indicators.UTILITY_MODEL_PATENTS, ip(0)),
            NOT_ELIGIBLE),
        arguments(
            "manufacturing, 2 inventions and utility models unknown",
            A1_MFG
                .with(Indicators.INVENTION_PATENTS, ip(2))
                .without(Indicators.UTILITY_MODEL_PATENTS),
            ELIGIBLE),
        arguments(
            "manufacturing, 1 invention and utility models unknown",
            A1_MFG.without(Indicators.UTILITY_MODEL_PATENTS),
            UNDETERMINED),
        arguments(
            "manufacturing, main product 39.9%",
            A1_MFG.with(Indicators.MAIN_PRODUCT_SHARE, pct("39.9")), NOT_ELIGIBLE),
        arguments(
            "manufacturing, growth and margin 4.9%",
            A1_MFG
                .with(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y, pct("4.9"))
                .with(Indicators.OPERATING_MARGIN_AVG_3Y, pct("4.9")),
            NOT_ELIGIBLE),
        arguments(
            "manufacturing, growth unknown, margin 5%",
            A1_MFG
                .without(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y)
                .with(Indicators.OPERATING_MARGIN_AVG_3Y, pct("5")),
            ELIGIBLE),
        arguments(
            "manufacturing, growth unknown, margin 4%",
            A1_MFG
                .without(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y)
                .with(Indicators.OPERATING_MARGIN_AVG_3Y, pct("4")),
            UNDETERMINED),
        arguments(
            "manufacturing, neither market leader nor supplier",
            A1_MFG.with(Indicators.IN_LEADER_SUPPLY_CHAIN, Quantity.flag(false)),
            NOT_ELIGIBLE),
        arguments(
            "manufacturing, market leader but no supplier",
            A1_MFG
                .with(Indicators.IN_LEADER_SUPPLY_CHAIN, Quantity.flag(false))
                .declare("main-product-among-national-leaders", true),
            ELIGIBLE),
        arguments(
            "manufacturing, cluster not declared",
            A1_MFG.undeclared("in-jiangsu-13-clusters"),
            UNDETERMINED),
        arguments(
            "registered outside Jiangsu",
            A1_MFG.declare("registered-in-jiangsu", false),
            NOT_ELIGIBLE),
        arguments("management not yet reviewed", A1_MFG.undeclared("well-managed"), UNDETERMINED),
        arguments("innovation, exactly one utility model", A1_INNOV, ELIGIBLE),
        arguments(
            "innovation, no patent",
            A1_INNOV.with(Indicators.UTILITY_MODEL_PATENTS, ip(0)),
            NOT_ELIGIBLE),
        arguments(
            "innovation, patents unknown",
            A1_INNOV
                .without(Indicators.INVENTION_PATENTS)
                .without(Indicators.UTILITY_MODEL_PATENTS),
            UNDETERMINED),
        arguments(
            "innovation, growth potential not reviewed",
            A1_INNOV.undeclared("high-growth-potential"),
            UNDETERMINED),
        arguments(
            "innovation, team judged weak",
            A1_INNOV.declare("core-team-professional-background", false),
            NOT_ELIGIBLE));
  }

  // ------------------------------------------------------------------ annex 2: Jinhu county pool

  /**
   * Manufacturing track met exactly at every bound; the innovation track fails on the "four new"
   * traits.
   */
  static final Firm A2_MFG =
      Firm.named("annex 2 manufacturing")
          .with(Indicators.MAIN_BUSINESS_REVENUE, wan("2000"))
          .with(Indicators.PROFIT_AND_TAX, wan("100"))
          .with(Indicators.MARKET_RANK_PROVINCE, Quantity.rank(5))
          .with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(true))
          .with(Indicators.RND_INSTITUTION_LEVEL, level(RecognitionLevel.CITY))
          .with(Indicators.INVENTION_PATENTS_FILED_OR_GRANTED, ip(1))
          .with(Indicators.BRAND_LEVEL, level(RecognitionLevel.CITY))
          .declare("product-technology-leading-in-province", true)
          .with(Indicators.MAIN_BUSINESS_SHARE, pct("40"))
          .declare("good-reputation", true)
          .declare("no-bad-record-3y", true)
          .declare("four-new-characteristics", false);

  /**
   * Innovation track met at the provincial contest level; the manufacturing track fails on
   * high-tech status.
   */
  static final Firm A2_INNOV =
      Firm.named("annex 2 innovation")
          .with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(false))
          .declare("four-new-characteristics", true)
          .declare("core-rnd-team", true)
          .with(Indicators.INVENTION_PATENTS_FILED_OR_GRANTED, ip(1))
          .with(Jiangsu.INNOVATION_CONTEST_LEVEL, level(RecognitionLevel.PROVINCE))
          .declare("high-growth-potential", true);

  static Stream<Arguments> annex2() {
    return Stream.of(
        arguments("manufacturing, every bound met exactly", A2_MFG, ELIGIBLE),
        arguments(
            "revenue just under 2000万 but profit and tax 500万",
            A2_MFG
                .with(Indicators.MAIN_BUSINESS_REVENUE, wan("1999.99"))
                .with(Indicators.PROFIT_AND_TAX, wan("500")),
            ELIGIBLE),
        arguments(
            "revenue 1999万 and profit and tax 499万",
            A2_MFG
                .with(Indicators.MAIN_BUSINESS_REVENUE, wan("1999"))
                .with(Indicators.PROFIT_AND_TAX, wan("499")),
            NOT_ELIGIBLE),
        arguments(
            "revenue unknown, profit and tax 600万",
            A2_MFG
                .without(Indicators.MAIN_BUSINESS_REVENUE)
                .with(Indicators.PROFIT_AND_TAX, wan("600")),
            ELIGIBLE),
        arguments(
            "revenue unknown, profit and tax 400万",
            A2_MFG
                .without(Indicators.MAIN_BUSINESS_REVENUE)
                .with(Indicators.PROFIT_AND_TAX, wan("400")),
            UNDETERMINED),
        arguments(
            "sixth in the province",
            A2_MFG.with(Indicators.MARKET_RANK_PROVINCE, Quantity.rank(6)),
            NOT_ELIGIBLE),
        arguments(
            "county-level R&D institution only",
            A2_MFG.with(Indicators.RND_INSTITUTION_LEVEL, level(RecognitionLevel.COUNTY)),
            NOT_ELIGIBLE),
        arguments(
            "not a high-tech enterprise",
            A2_MFG.with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(false)),
            NOT_ELIGIBLE),
        arguments(
            "no invention patent filed",
            A2_MFG.with(Indicators.INVENTION_PATENTS_FILED_OR_GRANTED, ip(0)),
            NOT_ELIGIBLE),
        arguments("brand level unknown", A2_MFG.without(Indicators.BRAND_LEVEL), UNDETERMINED),
        arguments(
            "main business 39%",
            A2_MFG.with(Indicators.MAIN_BUSINESS_SHARE, pct("39")), NOT_ELIGIBLE),
        arguments(
            "a bad record in the last three years",
            A2_MFG.declare("no-bad-record-3y", false),
            NOT_ELIGIBLE),
        arguments("innovation, provincial contest", A2_INNOV, ELIGIBLE),
        arguments(
            "innovation, national contest",
            A2_INNOV.with(Jiangsu.INNOVATION_CONTEST_LEVEL, level(RecognitionLevel.NATIONAL)),
            ELIGIBLE),
        arguments(
            "innovation, city contest only",
            A2_INNOV.with(Jiangsu.INNOVATION_CONTEST_LEVEL, level(RecognitionLevel.CITY)),
            NOT_ELIGIBLE),
        arguments(
            "innovation, contest unknown",
            A2_INNOV.without(Jiangsu.INNOVATION_CONTEST_LEVEL),
            UNDETERMINED),
        arguments(
            "innovation, no invention patent",
            A2_INNOV.with(Indicators.INVENTION_PATENTS_FILED_OR_GRANTED, ip(0)),
            NOT_ELIGIBLE),
        arguments(
            "innovation, no core R&D team",
            A2_INNOV.declare("core-rnd-team", false),
            NOT_ELIGIBLE));
  }

  // ------------------------------------------------------------------ annex 4: provincial SRDI
  // product and little giant

  static final Firm A4_PRODUCT =
      Firm.named("annex 4 product")
          .with(Indicators.PRODUCT_SHARE_OF_MAIN_BUSINESS, pct("60"))
          .with(Indicators.INVENTION_PATENTS, ip(1))
          .with(Indicators.UTILITY_MODEL_PATENTS, ip(1))
          .with(Indicators.PROPRIETARY_TECHNOLOGIES, ip(0))
          .declare("product-key-performance-leading", true)
          .with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(10))
          .with(Indicators.IN_LEADER_SUPPLY_CHAIN, Quantity.flag(false));

  static Stream<Arguments> annex4Product() {
    return Stream.of(
        arguments("product, every bound met exactly", A4_PRODUCT, ELIGIBLE),
        arguments(
            "product share 59.99%",
            A4_PRODUCT.with(Indicators.PRODUCT_SHARE_OF_MAIN_BUSINESS, pct("59.99")), NOT_ELIGIBLE),
        arguments(
            "one patent but proprietary know-how",
            A4_PRODUCT
                .with(Indicators.UTILITY_MODEL_PATENTS, ip(0))
                .with(Indicators.PROPRIETARY_TECHNOLOGIES, ip(1)),
            ELIGIBLE),
        arguments(
            "one patent and no know-how",
            A4_PRODUCT.with(Indicators.UTILITY_MODEL_PATENTS, ip(0)),
            NOT_ELIGIBLE),
        arguments(
            "11th nationally but in a lead firm's supply chain",
            A4_PRODUCT
                .with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(11))
                .with(Indicators.IN_LEADER_SUPPLY_CHAIN, Quantity.flag(true)),
            ELIGIBLE),
        arguments(
            "11th nationally, no supply chain",
            A4_PRODUCT.with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(11)),
            NOT_ELIGIBLE),
        arguments(
            "rank unknown, no supply chain",
            A4_PRODUCT.without(Indicators.MARKET_RANK_NATIONAL),
            UNDETERMINED),
        arguments(
            "performance not reviewed",
            A4_PRODUCT.undeclared("product-key-performance-leading"),
            UNDETERMINED));
  }

  /**
   * Manufacturing track met exactly at every bound; the innovation track fails on the founding
   * year.
   */
  static final Firm A4_MFG =
      Firm.named("annex 4 manufacturing")
          .with(Indicators.MAIN_BUSINESS_REVENUE, wan("5000"))
          .with(Indicators.TOTAL_PROFIT, wan("0"))
          .with(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y, pct("8"))
          .with(Indicators.OPERATING_MARGIN_AVG_3Y, pct("2"))
          .with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(5))
          .with(Indicators.IN_LEADER_SUPPLY_CHAIN, Quantity.flag(false))
          .declare("technology-quality-leading-nationally", true)
          .with(Indicators.RND_INSTITUTION_LEVEL, level(RecognitionLevel.CITY))
          .with(Indicators.RND_INTENSITY_AVG, pct("3"))
          .with(Indicators.FOUNDING_YEAR, Quantity.calendarYear(2010));

  /** Innovation track met by a firm founded in 2014; the manufacturing track fails on size. */
  static final Firm A4_INNOV =
      Firm.named("annex 4 innovation")
          .with(Indicators.MAIN_BUSINESS_REVENUE, wan("1000"))
          .with(Indicators.TOTAL_PROFIT, wan("100"))
          .with(Indicators.FOUNDING_YEAR, Quantity.calendarYear(2014))
          .declare("startup-innovation-firm", true)
          .declare("original-technology-or-product", true)
          .declare("high-growth-potential", true);

  static Stream<Arguments> annex4Enterprise() {
    return Stream.of(
        arguments("manufacturing, every bound met exactly", A4_MFG, ELIGIBLE),
        arguments(
            "revenue 4999万 but profit 400万",
            A4_MFG
                .with(Indicators.MAIN_BUSINESS_REVENUE, wan("4999"))
                .with(Indicators.TOTAL_PROFIT, wan("400")),
            ELIGIBLE),
        arguments(
            "revenue 4999万 and profit 399万",
            A4_MFG
                .with(Indicators.MAIN_BUSINESS_REVENUE, wan("4999"))
                .with(Indicators.TOTAL_PROFIT, wan("399")),
            NOT_ELIGIBLE),
        arguments(
            "growth 7.9% but margin 8%",
            A4_MFG
                .with(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y, pct("7.9"))
                .with(Indicators.OPERATING_MARGIN_AVG_3Y, pct("8")),
            ELIGIBLE),
        arguments(
            "growth and margin 7.9%",
            A4_MFG
                .with(Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y, pct("7.9"))
                .with(Indicators.OPERATING_MARGIN_AVG_3Y, pct("7.9")),
            NOT_ELIGIBLE),
        arguments(
            "6th nationally but in a lead firm's supply chain",
            A4_MFG
                .with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(6))
                .with(Indicators.IN_LEADER_SUPPLY_CHAIN, Quantity.flag(true)),
            ELIGIBLE),
        arguments(
            "6th nationally, no supply chain",
            A4_MFG.with(Indicators.MARKET_RANK_NATIONAL, Quantity.rank(6)),
            NOT_ELIGIBLE),
        arguments(
            "R&D share 2.99%",
            A4_MFG.with(Indicators.RND_INTENSITY_AVG, pct("2.99")), NOT_ELIGIBLE),
        arguments(
            "R&D institution unknown",
            A4_MFG.without(Indicators.RND_INSTITUTION_LEVEL),
            UNDETERMINED),
        arguments(
            "technology not reviewed",
            A4_MFG.undeclared("technology-quality-leading-nationally"),
            UNDETERMINED),
        arguments("innovation, founded in 2014", A4_INNOV, ELIGIBLE),
        arguments(
            "innovation, founded in 2013",
            A4_INNOV.with(Indicators.FOUNDING_YEAR, Quantity.calendarYear(2013)),
            NOT_ELIGIBLE),
        arguments(
            "innovation, founding year unknown",
            A4_INNOV.without(Indicators.FOUNDING_YEAR),
            UNDETERMINED),
        arguments(
            "innovation, no original technology",
            A4_INNOV.declare("original-technology-or-product", false),
            NOT_ELIGIBLE),
        arguments(
            "innovation, not a start-up",
            A4_INNOV.declare("startup-innovation-firm", false),
            NOT_ELIGIBLE));
  }

  // ------------------------------------------------------------------ annex 5: Huai'an city SRDI
  // product and little giant

  /** Two IP items of different kinds, the other kinds unknown. */
  static final Firm A5_PRODUCT =
      Firm.named("annex 5 product")
          .declare("main-product-leading-province-or-nation", true)
          .with(Indicators.PRODUCT_SHARE_OF_MAIN_BUSINESS, pct("50"))
          .with(Indicators.SOFTWARE_COPYRIGHTS, ip(1))
          .with(Indicators.PROPRIETARY_TECHNOLOGIES, ip(1))
          .declare("locally-cultivated-backbone-firm", true)
          .declare("leading-and-exemplary-in-industry", true);

  static Stream<Arguments> annex5Product() {
    return Stream.of(
        arguments("product, every bound met exactly", A5_PRODUCT, ELIGIBLE),
        arguments(
            "product share 49.99%",
            A5_PRODUCT.with(Indicators.PRODUCT_SHARE_OF_MAIN_BUSINESS, pct("49.99")), NOT_ELIGIBLE),
        arguments(
            "only one design patent, all kinds known",
            A5_PRODUCT
                .with(Indicators.SOFTWARE_COPYRIGHTS, ip(0))
                .with(Indicators.PROPRIETARY_TECHNOLOGIES, ip(0))
                .with(Indicators.DESIGN_PATENTS, ip(1))
                .with(Indicators.INVENTION_PATENTS, ip(0))
                .with(Indicators.UTILITY_MODEL_PATENTS, ip(0)),
            NOT_ELIGIBLE),
        arguments(
            "one software copyright, other kinds unknown",
            A5_PRODUCT.without(Indicators.PROPRIETARY_TECHNOLOGIES),
            UNDETERMINED),
        arguments(
            "not declared a backbone firm",
            A5_PRODUCT.undeclared("locally-cultivated-backbone-firm"),
            UNDETERMINED),
        arguments(
            "market position judged not leading",
            A5_PRODUCT.declare("main-product-leading-province-or-nation", false),
            NOT_ELIGIBLE));
  }

  static final Firm A5_GIANT =
      Firm.named("annex 5 little giant")
          .with(Indicators.MAIN_BUSINESS_REVENUE, wan("5000"))
          .with(Indicators.MARKET_RANK_PROVINCE, Quantity.rank(10))
          .with(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, pct("5"))
          .with(Indicators.DEBT_TO_ASSET_RATIO, pct("70"))
          .declare("good-credit-and-financing", true)
          .with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(true))
          .with(Indicators.RND_INSTITUTION_LEVEL, level(RecognitionLevel.CITY))
          .declare("own-ip-and-brand", true)
          .declare("technology-leading-or-new-in-province", true)
          .declare("well-managed", true);

  static Stream<Arguments> annex5Enterprise() {
    return Stream.of(
        arguments("every bound met exactly", A5_GIANT, ELIGIBLE),
        arguments(
            "revenue 4999.99万",
            A5_GIANT.with(Indicators.MAIN_BUSINESS_REVENUE, wan("4999.99")),
            NOT_ELIGIBLE),
        arguments(
            "11th in the province",
            A5_GIANT.with(Indicators.MARKET_RANK_PROVINCE, Quantity.rank(11)),
            NOT_ELIGIBLE),
        arguments(
            "growth 4.99%",
            A5_GIANT.with(Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, pct("4.99")), NOT_ELIGIBLE),
        arguments(
            "debt ratio 70.01%",
            A5_GIANT.with(Indicators.DEBT_TO_ASSET_RATIO, pct("70.01")), NOT_ELIGIBLE),
        arguments(
            "debt ratio unknown", A5_GIANT.without(Indicators.DEBT_TO_ASSET_RATIO), UNDETERMINED),
        arguments(
            "not a high-tech enterprise",
            A5_GIANT.with(Indicators.HIGH_TECH_ENTERPRISE, Quantity.flag(false)),
            NOT_ELIGIBLE),
        arguments(
            "provincial R&D institution",
            A5_GIANT.with(Indicators.RND_INSTITUTION_LEVEL, level(RecognitionLevel.PROVINCE)),
            ELIGIBLE),
        arguments(
            "county R&D institution",
            A5_GIANT.with(Indicators.RND_INSTITUTION_LEVEL, level(RecognitionLevel.COUNTY)),
            NOT_ELIGIBLE),
        arguments("management not reviewed", A5_GIANT.undeclared("well-managed"), UNDETERMINED));
  }

  // ------------------------------------------------------------------ the tests

  private static EligibilityCriteria criteria(String id) {
    return CatalogueTest.CATALOG.fact(FactId.of(id), EligibilityCriteria.class);
  }

  private static EligibilityReport evaluate(String criteria, Firm firm) {
    return CatalogueTest.CATALOG.evaluator().evaluate(criteria(criteria), firm.profile());
  }

  static Stream<Arguments> cases(String criteria) {
    switch (criteria) {
      case A1:
        return annex1();
      case A2:
        return annex2();
      case A4P:
        return annex4Product();
      case A4E:
        return annex4Enterprise();
      case A5P:
        return annex5Product();
      default:
        return annex5Enterprise();
    }
  }

  @ParameterizedTest(name = "annex 1: {0}")
  @MethodSource("annex1")
  void annex1(String name, Firm firm, Outcome expected) {
    assertEquals(expected, evaluate(A1, firm).outcome());
  }

  @ParameterizedTest(name = "annex 2: {0}")
  @MethodSource("annex2")
  void annex2(String name, Firm firm, Outcome expected) {
    assertEquals(expected, evaluate(A2, firm).outcome());
  }

  @ParameterizedTest(name = "annex 4 product: {0}")
  @MethodSource("annex4Product")
  void annex4Product(String name, Firm firm, Outcome expected) {
    assertEquals(expected, evaluate(A4P, firm).outcome());
  }

  @ParameterizedTest(name = "annex 4 enterprise: {0}")
  @MethodSource("annex4Enterprise")
  void annex4Enterprise(String name, Firm firm, Outcome expected) {
    assertEquals(expected, evaluate(A4E, firm).outcome());
  }

  @ParameterizedTest(name = "annex 5 product: {0}")
  @MethodSource("annex5Product")
  void annex5Product(String name, Firm firm, Outcome expected) {
    assertEquals(expected, evaluate(A5P, firm).outcome());
  }

  @ParameterizedTest(name = "annex 5 enterprise: {0}")
  @MethodSource("annex5Enterprise")
  void annex5Enterprise(String name, Firm firm, Outcome expected) {
    assertEquals(expected, evaluate(A5E, firm).outcome());
  }

  /** Every condition of every annex is decided (met or failed) by at least one case. */
  @ParameterizedTest
  @ValueSource(strings = {A1, A2, A4P, A4E, A5P, A5E})
  void casesReachEveryCondition(String criteria) {
    Set<FactId> all = new TreeSet<>();
    EligibilityCriteria c = criteria(criteria);
    c.common().ifPresent(x -> collect(x, all));
    c.tracks().forEach(t -> collect(t.condition(), all));
    Set<FactId> decided = new TreeSet<>();
    cases(criteria)
        .forEach(
            a -> {
              EligibilityReport report = evaluate(criteria, (Firm) a.get()[1]);
              report.common().ifPresent(r -> decided(r, decided));
              report.tracks().forEach(t -> decided(t.trace(), decided));
            });
    Set<FactId> missed = new TreeSet<>(all);
    missed.removeAll(decided);
    assertEquals(Set.of(), missed);
  }

  /** Each track of each annex is decided ELIGIBLE by some case, so no track is unreachable. */
  @ParameterizedTest
  @ValueSource(strings = {A1, A2, A4P, A4E, A5P, A5E})
  void everyTrackIsMetBySomeCase(String criteria) {
    Set<FactId> met = new LinkedHashSet<>();
    cases(criteria)
        .forEach(
            a ->
                evaluate(criteria, (Firm) a.get()[1]).tracks().stream()
                    .filter(t -> t.outcome() == ELIGIBLE)
                    .map(TrackResult::track)
                    .forEach(met::add));
    assertEquals(
        criteria(criteria).tracks().stream()
            .map(Track::id)
            .collect(java.util.stream.Collectors.toSet()),
        met);
  }

  private static void collect(Condition c, Set<FactId> ids) {
    ids.add(c.id());
    if (c instanceof AllOf) {
      ((AllOf) c).conditions().forEach(x -> collect(x, ids));
    } else if (c instanceof AnyOf) {
      ((AnyOf) c).conditions().forEach(x -> collect(x, ids));
    }
  }

  private static void decided(ConditionResult r, Set<FactId> ids) {
    if (r.outcome().isDecided()) {
      ids.add(r.condition());
    }
    r.children().forEach(x -> decided(x, ids));
  }

  /**
   * Key rows of the review sheet of each annex's criteria and tracks: the tier each annex
   * recognises and its columns (制造类/创新类, 产品, 企业) with their number of conditions, checked against
   * the annex tables. The thresholds inside are in {@link JinhuAnnexThresholdsTest}.
   */
  static final String CRITERIA_ROWS =
      """
      // 附件1 省千企升级企业入库标准条件: 共同标准 (6 requirements), 制造类 rows 1-6, 创新类 rows 1-4
      jinhu.annex1.criteria | 附件1 | criteria for jiangsu.qianqi-pool |  |
      jinhu.annex1.common | 附件1 共同标准 | common · all of |  | 6 conditions
      jinhu.annex1.manufacturing | 附件1 | track manufacturing · all of |  | 6 conditions
      jinhu.annex1.innovation | 附件1 | track innovation · all of |  | 5 conditions
      // 附件2 金湖县培育库入库条件: 制造类 rows 1-5, 创新类 rows 1-4 (row 2 holds two requirements)
      jinhu.annex2.criteria | 附件2 | criteria for jinhu.pool |  |
      jinhu.annex2.manufacturing | 附件2 | track manufacturing · all of |  | 5 conditions
      jinhu.annex2.innovation | 附件2 | track innovation · all of |  | 5 conditions
      // 附件4 省级: 专精特新产品 rows 1-3; 小巨人企业 制造类 rows 1-6, 创新类 rows 1-3
      jinhu.annex4.product-criteria | 附件4 | criteria for jiangsu.srdi-product |  |
      jinhu.annex4.product.all | 附件4 | track product · all of |  | 4 conditions
      jinhu.annex4.giant-criteria | 附件4 | criteria for jiangsu.little-giant |  |
      jinhu.annex4.giant.manufacturing | 附件4 | track manufacturing · all of |  | 6 conditions
      jinhu.annex4.giant.innovation | 附件4 | track innovation · all of |  | 4 conditions
      // 附件5 市级: 专精特新产品 rows 1-3; 小巨人企业 rows 1-4, one column
      jinhu.annex5.product-criteria | 附件5 | criteria for huaian.srdi-product |  |
      jinhu.annex5.product.all | 附件5 | track product · all of |  | 5 conditions
      jinhu.annex5.giant-criteria | 附件5 | criteria for huaian.little-giant |  |
      jinhu.annex5.giant.all | 附件5 | track general · all of |  | 10 conditions
      """;

  @Test
  void criteriaAndTracks_keyRowsOfTheReviewSheet_matchTheAnnexTables() {
    List<String> ids =
        io.github.srdipolicy.testing.DataFilesContract.assertKeyRows(
            new JiangsuSource(), "jinhu-2022.yaml", CRITERIA_ROWS);
    for (String c : List.of(A1, A2, A4P, A4E, A5P, A5E)) {
      assertTrue(ids.contains(c), c);
      criteria(c)
          .tracks()
          .forEach(t -> assertTrue(ids.contains(t.condition().id().toString()), t.id() + ""));
    }
    assertEquals(
        List.of(JiangsuTiers.QIANQI_POOL, JiangsuTiers.JINHU_POOL),
        List.of(criteria(A1).tier(), criteria(A2).tier()),
        "the ids in JiangsuTiers are the sheet's");
  }

  /**
   * Annexes 4 and 5 end with a note that the yearly call prevails; annex 1 has no caveat; annex 2
   * says that whether annex 1's common conditions also bind the county pool is not stated.
   */
  @Test
  void yearlyCallCaveats() {
    assertEquals(List.of(), criteria(A1).caveats());
    assertEquals(1, criteria(A2).caveats().size());
    assertTrue(
        criteria(A2).caveats().get(0).zh().contains("是否也适用于县级库"),
        criteria(A2).caveats().toString());
    assertTrue(
        criteria(A2).common().isEmpty(),
        "annex 1's common conditions are not stacked onto annex 2");
    for (String c : List.of(A4P, A4E)) {
      assertEquals(
          List.of("以年度省级申报通知为准"), criteria(c).caveats().stream().map(x -> x.zh()).toList());
      assertEquals(
          criteria(c).caveats(), evaluate(c, A4_MFG).caveats(), "the report passes the caveat on");
    }
    for (String c : List.of(A5P, A5E)) {
      assertEquals(
          List.of("以年度市级申报通知为准"), criteria(c).caveats().stream().map(x -> x.zh()).toList());
    }
  }

  /** A missing declaration is reported as a missing input, never passed silently. */
  @Test
  void undeterminedReportsNameWhatIsMissing() {
    EligibilityReport r = evaluate(A1, A1_MFG.undeclared("well-managed"));
    assertEquals(List.of("well-managed"), r.missingInputs().stream().map(i -> i.id()).toList());
  }
}
