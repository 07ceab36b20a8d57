package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number encoded from the national facts gathered from public reposts, typed from that list
 * (C/S).
 */
class SecondaryFactsTest {
  private static final Confidence C = Confidence.SECONDARY_C;
  private static final Confidence S = Confidence.SECONDARY_S;

  private static Arguments row(
      String id, String indicator, Operator op, String amount, Unit unit, Confidence conf) {
    return Arguments.of(id, indicator, op, amount, unit, conf);
  }

  /** (fact id, indicator, operator, amount, unit, confidence). */
  static Stream<Arguments> comparisons() {
    String i = "cn.gradient-2022.isme.";
    String d = "cn.gradient-2022.srdi.";
    String g = "cn.gradient-2022.lg.";
    String p = "cn.champion-2016.";
    String r = "cn.champion-2023.";
    return Stream.of(
        // 工信部企业〔2022〕63号 附件1: direct routes (provincial level = rank 3 of RecognitionLevel)
        row(i + "direct.award", "cn.st-award-level-3y", Operator.AT_LEAST, "3", Unit.LEVEL, C),
        row(
            i + "direct.rnd-institution",
            "rnd-institution-level",
            Operator.AT_LEAST,
            "3",
            Unit.LEVEL,
            C),
        row(
            i + "direct.equity",
            "cn.institutional-equity-financing-3y",
            Operator.AT_LEAST,
            "500",
            Unit.WAN_YUAN,
            C),
        // 附件2
        row(d + "years-in-niche", "years-in-niche", Operator.AT_LEAST, "2", Unit.YEARS, C),
        row(d + "rnd-expenditure", "rnd-expenditure", Operator.AT_LEAST, "100", Unit.WAN_YUAN, C),
        row(d + "rnd-intensity", "rnd-intensity", Operator.AT_LEAST, "3", Unit.PERCENT, C),
        row(d + "equity-2y", "equity-financing-2y", Operator.AT_LEAST, "2000", Unit.WAN_YUAN, C),
        row(d + "score", "cn.srdi-score", Operator.AT_LEAST, "60", Unit.POINTS, C),
        row(
            d + "direct.provincial-award",
            "cn.provincial-st-award-rank-3y",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            d + "direct.national-award",
            "cn.national-st-award-rank-3y",
            Operator.AT_MOST,
            "5",
            Unit.RANK,
            C),
        row(
            d + "direct.rnd-average",
            "rnd-expenditure-avg-2y",
            Operator.AT_LEAST,
            "1000",
            Unit.WAN_YUAN,
            C),
        row(
            d + "direct.equity",
            "equity-financing-2y",
            Operator.AT_LEAST,
            "6000",
            Unit.WAN_YUAN,
            C),
        row(
            d + "direct.maker-china",
            "cn.maker-china-rank-3y",
            Operator.AT_MOST,
            "500",
            Unit.RANK,
            C),
        // 附件3
        row(g + "years-in-niche", "years-in-niche", Operator.AT_LEAST, "3", Unit.YEARS, C),
        row(
            g + "main-business-share",
            "main-business-share",
            Operator.AT_LEAST,
            "70",
            Unit.PERCENT,
            C),
        row(
            g + "main-business-growth",
            "main-business-growth-avg-2y",
            Operator.AT_LEAST,
            "5",
            Unit.PERCENT,
            C),
        row(g + "debt-ratio", "debt-to-asset-ratio", Operator.AT_MOST, "70", Unit.PERCENT, C),
        row(g + "market-share", "market-share-national", Operator.AT_LEAST, "10", Unit.PERCENT, C),
        row(
            g + "rnd-intensity-1yi",
            "rnd-intensity-each-2y",
            Operator.AT_LEAST,
            "3",
            Unit.PERCENT,
            C),
        row(
            g + "rnd-intensity-5000wan",
            "rnd-intensity-each-2y",
            Operator.AT_LEAST,
            "6",
            Unit.PERCENT,
            C),
        row(g + "equity-2y", "equity-financing-2y", Operator.AT_LEAST, "8000", Unit.WAN_YUAN, C),
        row(
            g + "rnd-expenditure-2y",
            "rnd-expenditure-sum-2y",
            Operator.AT_LEAST,
            "3000",
            Unit.WAN_YUAN,
            C),
        row(g + "rnd-staff", "rnd-staff-share", Operator.AT_LEAST, "50", Unit.PERCENT, C),
        row(
            g + "class-i-ip",
            "cn.class-i-ip-leading-product",
            Operator.AT_LEAST,
            "2",
            Unit.IP_ITEMS,
            C),
        row(
            g + "direct.national-award",
            "cn.national-st-award-rank-3y",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            S),
        row(
            g + "direct.maker-china",
            "cn.maker-china-rank-3y",
            Operator.AT_MOST,
            "50",
            Unit.RANK,
            S),
        // 工信部产业〔2016〕105号
        row(
            p + "main-product-share",
            "main-product-share",
            Operator.AT_LEAST,
            "70",
            Unit.PERCENT,
            C),
        row(p + "global-rank", "market-rank-global", Operator.AT_MOST, "3", Unit.RANK, C),
        row(p + "years-in-field", "years-in-field", Operator.AT_LEAST, "10", Unit.YEARS, C),
        row(
            p + "years-in-new-product",
            "years-in-new-product",
            Operator.AT_LEAST,
            "3",
            Unit.YEARS,
            C),
        // 工信部政法〔2023〕138号
        // 附件1, graded B in NATIONAL-2026.md §5 → SECONDARY_C
        row(r + "years-in-field", "years-in-field", Operator.AT_LEAST, "10", Unit.YEARS, C),
        row(
            r + "years-in-new-product",
            "years-in-new-product",
            Operator.AT_LEAST,
            "5",
            Unit.YEARS,
            C),
        row(
            r + "main-business-revenue-avg-3y",
            "main-business-revenue-avg-3y",
            Operator.AT_LEAST,
            "4",
            Unit.YI_YUAN,
            C),
        row(r + "global-rank", "market-rank-global", Operator.AT_MOST, "3", Unit.RANK, C),
        // 工信部企业〔2026〕2号 (graded B in NATIONAL-2026.md → SECONDARY_C; the SRDI renewal score C →
        // SECONDARY_S),
        // 工信厅企业函〔2026〕117号 (the 2026 round, citing 2号) and 国科发政〔2017〕115号
        row(
            "cn.gradient-2026.srdi.years-in-niche",
            "years-in-niche",
            Operator.AT_LEAST,
            "3",
            Unit.YEARS,
            C),
        row(
            "cn.gradient-2026.srdi.revenue",
            "operating-revenue",
            Operator.AT_LEAST,
            "1500",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.srdi.equity",
            "equity-financing-2y",
            Operator.AT_LEAST,
            "2000",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.srdi.main-business-share",
            "main-business-share",
            Operator.AT_LEAST,
            "80",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.srdi.debt-ratio",
            "debt-to-asset-ratio",
            Operator.AT_MOST,
            "80",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.srdi.rnd-expenditure",
            "cn.rnd-expenditure-each-2y",
            Operator.AT_LEAST,
            "100",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.srdi.rnd-intensity",
            "rnd-intensity-each-2y",
            Operator.AT_LEAST,
            "3",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.srdi.class-i-ip",
            "cn.class-i-ip-leading-product",
            Operator.AT_LEAST,
            "1",
            Unit.IP_ITEMS,
            C),
        row(
            "cn.gradient-2026.srdi.award-waiver",
            "cn.st-award-rank-provincial-or-higher-3y",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.gradient-2026.srdi.institution-waiver",
            "rnd-institution-level",
            Operator.AT_LEAST,
            "3",
            Unit.LEVEL,
            C),
        row(
            "cn.gradient-2026.srdi.score",
            "cn.platform-development-score",
            Operator.AT_LEAST,
            "50",
            Unit.POINTS,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.years-in-niche",
            "years-in-niche",
            Operator.AT_LEAST,
            "3",
            Unit.YEARS,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.revenue",
            "operating-revenue",
            Operator.AT_LEAST,
            "1500",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.equity",
            "equity-financing-2y",
            Operator.AT_LEAST,
            "2000",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.main-business-share",
            "main-business-share",
            Operator.AT_LEAST,
            "80",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.debt-ratio",
            "debt-to-asset-ratio",
            Operator.AT_MOST,
            "80",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.rnd-expenditure",
            "cn.rnd-expenditure-each-2y",
            Operator.AT_LEAST,
            "100",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.rnd-intensity",
            "rnd-intensity-each-2y",
            Operator.AT_LEAST,
            "3",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.class-i-ip",
            "cn.class-i-ip-leading-product",
            Operator.AT_LEAST,
            "1",
            Unit.IP_ITEMS,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.award-waiver",
            "cn.st-award-rank-provincial-or-higher-3y",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.institution-waiver",
            "rnd-institution-level",
            Operator.AT_LEAST,
            "3",
            Unit.LEVEL,
            C),
        row(
            "cn.gradient-2026.srdi-renewal.score",
            "cn.platform-development-score-best-2y",
            Operator.AT_LEAST,
            "50",
            Unit.POINTS,
            S),
        row(
            "cn.gradient-2026.lg.years-in-niche",
            "years-in-niche",
            Operator.AT_LEAST,
            "3",
            Unit.YEARS,
            C),
        row(
            "cn.gradient-2026.lg.revenue",
            "operating-revenue",
            Operator.AT_LEAST,
            "5000",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.lg.main-business-share",
            "main-business-share",
            Operator.AT_LEAST,
            "90",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg.revenue-cagr",
            "cn.revenue-cagr",
            Operator.AT_LEAST,
            "5",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg.debt-ratio",
            "debt-to-asset-ratio",
            Operator.AT_MOST,
            "75",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg.rnd-expenditure-2y",
            "rnd-expenditure-sum-2y",
            Operator.AT_LEAST,
            "1200",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.lg.rnd-intensity",
            "rnd-intensity-each-2y",
            Operator.AT_LEAST,
            "3",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg.class-i-ip",
            "cn.class-i-ip-leading-product",
            Operator.AT_LEAST,
            "4",
            Unit.IP_ITEMS,
            C),
        row(
            "cn.gradient-2026.lg.national-award",
            "cn.national-st-award-rank-3y",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.gradient-2026.lg.market-share",
            "cn.niche-market-share",
            Operator.AT_LEAST,
            "10",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg.market-rank",
            "market-rank-national",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.gradient-2026.lg.score",
            "cn.platform-development-score",
            Operator.AT_LEAST,
            "60",
            Unit.POINTS,
            C),
        row(
            "cn.round-2026.lg.years-in-niche",
            "years-in-niche",
            Operator.AT_LEAST,
            "3",
            Unit.YEARS,
            C),
        row(
            "cn.round-2026.lg.revenue",
            "operating-revenue",
            Operator.AT_LEAST,
            "5000",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.round-2026.lg.main-business-share",
            "main-business-share",
            Operator.AT_LEAST,
            "90",
            Unit.PERCENT,
            C),
        row(
            "cn.round-2026.lg.revenue-cagr",
            "cn.revenue-cagr",
            Operator.AT_LEAST,
            "5",
            Unit.PERCENT,
            C),
        row(
            "cn.round-2026.lg.debt-ratio",
            "debt-to-asset-ratio",
            Operator.AT_MOST,
            "75",
            Unit.PERCENT,
            C),
        row(
            "cn.round-2026.lg.rnd-expenditure-2y",
            "rnd-expenditure-sum-2y",
            Operator.AT_LEAST,
            "1200",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.round-2026.lg.rnd-intensity",
            "rnd-intensity-each-2y",
            Operator.AT_LEAST,
            "3",
            Unit.PERCENT,
            C),
        row(
            "cn.round-2026.lg.class-i-ip",
            "cn.class-i-ip-leading-product",
            Operator.AT_LEAST,
            "4",
            Unit.IP_ITEMS,
            C),
        row(
            "cn.round-2026.lg.national-award",
            "cn.national-st-award-rank-3y",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.round-2026.lg.market-share",
            "cn.niche-market-share",
            Operator.AT_LEAST,
            "10",
            Unit.PERCENT,
            C),
        row(
            "cn.round-2026.lg.market-rank",
            "market-rank-national",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.round-2026.lg.score",
            "cn.platform-development-score",
            Operator.AT_LEAST,
            "60",
            Unit.POINTS,
            C),
        row(
            "cn.gradient-2026.lg-renewal.years-in-niche",
            "years-in-niche",
            Operator.AT_LEAST,
            "3",
            Unit.YEARS,
            C),
        row(
            "cn.gradient-2026.lg-renewal.revenue",
            "operating-revenue",
            Operator.AT_LEAST,
            "5000",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.lg-renewal.main-business-share",
            "main-business-share",
            Operator.AT_LEAST,
            "90",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg-renewal.debt-ratio",
            "debt-to-asset-ratio",
            Operator.AT_MOST,
            "75",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg-renewal.rnd-expenditure-2y",
            "rnd-expenditure-sum-2y",
            Operator.AT_LEAST,
            "1200",
            Unit.WAN_YUAN,
            C),
        row(
            "cn.gradient-2026.lg-renewal.rnd-intensity",
            "rnd-intensity-each-2y",
            Operator.AT_LEAST,
            "3",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg-renewal.class-i-ip",
            "cn.class-i-ip-leading-product",
            Operator.AT_LEAST,
            "4",
            Unit.IP_ITEMS,
            C),
        row(
            "cn.gradient-2026.lg-renewal.national-award",
            "cn.national-st-award-rank-3y",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.gradient-2026.lg-renewal.market-share",
            "cn.niche-market-share",
            Operator.AT_LEAST,
            "10",
            Unit.PERCENT,
            C),
        row(
            "cn.gradient-2026.lg-renewal.market-rank",
            "market-rank-national",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.gradient-2026.lg-renewal.score",
            "cn.platform-development-score-best-2y",
            Operator.AT_LEAST,
            "60",
            Unit.POINTS,
            C),
        row("cn.tech-sme-2017.employees", "employees", Operator.AT_MOST, "500", Unit.PERSONS, C),
        row("cn.tech-sme-2017.sales", "cn.sales-revenue", Operator.AT_MOST, "2", Unit.YI_YUAN, C),
        row(
            "cn.tech-sme-2017.total-assets",
            "cn.total-assets",
            Operator.AT_MOST,
            "2",
            Unit.YI_YUAN,
            C),
        row(
            "cn.tech-sme-2017.direct.national-award",
            "cn.national-st-award-rank-5y",
            Operator.AT_MOST,
            "3",
            Unit.RANK,
            C),
        row(
            "cn.tech-sme-2017.direct.rnd-institution",
            "rnd-institution-level",
            Operator.AT_LEAST,
            "3",
            Unit.LEVEL,
            C));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisons")
  void comparison_matchesTheReposts(
      String id, String indicator, Operator op, String amount, Unit unit, Confidence conf) {
    Comparison c = CATALOG.fact(FactId.of(id), Comparison.class);
    assertEquals(IndicatorId.of(indicator), c.indicator());
    assertEquals(op, c.operator());
    assertEquals(unit, c.threshold().unit());
    assertEquals(
        0, c.threshold().amount().compareTo(new BigDecimal(amount)), c.threshold().toString());
    assertEquals(conf, c.source().confidence());
    assertTrue(c.source().provenance().isPresent(), "a secondary fact says where it was found");
  }

  /** (fact id, yes/no indicator): each a status test requiring yes, typed from the same list. */
  static Stream<Arguments> statuses() {
    String i = "cn.gradient-2022.isme.";
    return Stream.of(
        // 工信部企业〔2022〕63号 附件1 direct routes: a valid high-tech, innovation-demo or IP advantage/demo
        // status
        Arguments.of(i + "direct.high-tech", "high-tech-enterprise"),
        Arguments.of(i + "direct.innovation-demo", "cn.national-tech-innovation-demo"),
        Arguments.of(i + "direct.ip-demo", "cn.ip-advantage-or-demo"),
        // 附件3: at least one core business supported by an information system
        Arguments.of("cn.gradient-2022.lg.core-it-system", "core-business-it-system"),
        // 国科发政〔2017〕115号 第八条: a valid high-tech enterprise; led a standard within 5 years
        Arguments.of("cn.tech-sme-2017.direct.high-tech", "high-tech-enterprise"),
        Arguments.of("cn.tech-sme-2017.direct.standard", "cn.led-standard-5y"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void status_matchesTheReposts(String id, String indicator) {
    Status c = CATALOG.fact(FactId.of(id), Status.class);
    assertEquals(IndicatorId.of(indicator), c.indicator());
    assertTrue(c.required());
    assertEquals(C, c.source().confidence());
    assertTrue(c.source().provenance().isPresent(), "a secondary fact says where it was found");
  }

  @Test
  void everySecondaryComparisonAndStatus_isInTheTables() {
    Set<String> table =
        Stream.concat(comparisons(), statuses())
            .map(a -> (String) a.get()[0])
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> secondary =
        CATALOG.facts(io.github.srdipolicy.model.Condition.class).stream()
            .filter(c -> c instanceof Comparison || c instanceof Status)
            .filter(c -> c.source().confidence() != Confidence.SEED)
            .map(c -> c.id().toString())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(table, secondary);
  }

  /**
   * (target id, comparator, count or amount, unit, commitment, metric key); keys follow the scheme
   * the region modules share ({@code kind.thing}, national tiers without a level prefix).
   */
  static Stream<Arguments> targets() {
    return Stream.of(
        Arguments.of(
            "cn.champion-2016.target.demonstration",
            TargetComparator.EXACTLY,
            "200",
            Unit.ENTERPRISES,
            Commitment.FIRM,
            "firms.single-champion-demonstration"),
        Arguments.of(
            "cn.champion-2016.target.cultivated",
            TargetComparator.EXACTLY,
            "600",
            Unit.ENTERPRISES,
            Commitment.FIRM,
            "firms.single-champion-cultivated"),
        Arguments.of(
            "cn.funding-2021.central-funds",
            TargetComparator.AT_LEAST,
            "100",
            Unit.YI_YUAN,
            Commitment.FIRM,
            "money.central-srdi-funds"),
        Arguments.of(
            "cn.funding-2021.key-little-giants",
            TargetComparator.AT_LEAST,
            "1000",
            Unit.ENTERPRISES,
            Commitment.FIRM,
            "firms.key-supported-little-giant"),
        Arguments.of(
            "cn.funding-2021.little-giants-led",
            TargetComparator.ABOUT,
            "10000",
            Unit.ENTERPRISES,
            Commitment.ASPIRATIONAL,
            "firms.little-giant"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void target_matchesTheReposts(
      String id, TargetComparator cmp, String value, Unit unit, Commitment commitment, String key) {
    Target t = CATALOG.fact(FactId.of(id), Target.class);
    assertEquals(key, t.metricKey());
    assertEquals(cmp, t.comparator());
    assertEquals(unit, t.value().unit());
    assertEquals(0, t.value().amount().compareTo(new BigDecimal(value)));
    assertEquals(commitment, t.commitment());
    assertEquals(Confidence.SECONDARY_C, t.source().confidence());
    // 2016: "by 2025"; 2021: the period 2021–2025.
    LocalDate end =
        t.deadline().orElseGet(() -> t.period().orElseThrow().end().orElseThrow().minusDays(1));
    assertEquals(LocalDate.of(2025, 12, 31), end);
  }

  @Test
  void funding2021_periodBatchesAndPerFirmAmount() {
    PolicyDocument d = CATALOG.document(DocumentId.of("财建〔2021〕2号"));
    assertEquals(Optional.of(LocalDate.of(2021, 2, 3)), d.published());
    assertEquals(Optional.of(DateRange.years(2021, 2025)), d.planPeriod());
    Provision batches = CATALOG.fact(FactId.of("cn.funding-2021.batches"), Provision.class);
    assertEquals(0, batches.quantity().orElseThrow().amount().compareTo(new BigDecimal("3")));
    Provision duration = CATALOG.fact(FactId.of("cn.funding-2021.batch-duration"), Provision.class);
    assertTrue(duration.quantity().orElseThrow().isSameValueAs(Quantity.years("3")));
    Incentive perFirm = CATALOG.fact(FactId.of("cn.funding-2021.per-firm"), Incentive.class);
    assertTrue(perFirm.amount().orElseThrow().isSameValueAs(Quantity.wanYuan("600")));
    assertEquals(Optional.of(3), perFirm.years());
    assertEquals(Confidence.SECONDARY_S, perFirm.source().confidence());
  }

  @Test
  void recognitions_areValidThreeYears() {
    // 63号's validity from a single source; 138号's from two or more (B in NATIONAL-2026.md §5)
    Map<String, Confidence> grades =
        Map.of(
            "cn.gradient-2022.recognition-validity",
            Confidence.SECONDARY_S,
            "cn.champion-2023.recognition-validity",
            Confidence.SECONDARY_C);
    for (Map.Entry<String, Confidence> e : grades.entrySet()) {
      Provision p = CATALOG.fact(FactId.of(e.getKey()), Provision.class);
      assertTrue(p.quantity().orElseThrow().isSameValueAs(Quantity.years("3")), e.getKey());
      assertEquals(e.getValue(), p.source().confidence(), e.getKey());
    }
    for (var tier :
        new io.github.srdipolicy.model.TierId[] {
          NationalTiers.INNOVATIVE_SME, NationalTiers.SRDI_SME, NationalTiers.LITTLE_GIANT
        }) {
      assertEquals(Optional.of(3), CATALOG.tier(tier).validityYears(), tier.toString());
    }
  }

  /**
   * (provision id, item, tokens the item must show), typed from the SRDI scoring bands in the
   * reposts.
   */
  static Stream<Arguments> srdiBands() {
    String c = "cn.gradient-2022.srdi-score-bands-confirmed";
    String s = "cn.gradient-2022.srdi-score-bands-single-source";
    return Stream.of(
        Arguments.of(c, 0, List.of("（5分）", "≥80%:5", "[70%,80%):3", "[60%,70%):1", "<60%:0")),
        Arguments.of(
            c,
            1,
            List.of(
                "（10分）", "≥10%:10", "[8%,10%):8", "[6%,8%):6", "[4%,6%):4", "[0,4%):2", "<0:0")),
        Arguments.of(c, 2, List.of("（5分）", "每满2年1分", "最多5分")),
        Arguments.of(c, 3, List.of("（10分）", "10/8/6/2/0")),
        Arguments.of(
            s,
            0,
            List.of(
                "（10分）", "≥10%:10", "[8%,10%):8", "[6%,8%):6", "[4%,6%):4", "[2%,4%):2", "<2%:0")),
        Arguments.of(s, 1, List.of("（5分）", "≤50%:5", "(50%,60%]:3", "(60%,70%]:1", ">70%:0")),
        Arguments.of(
            s,
            2,
            List.of(
                "（10分）",
                "≥500万或≥10%:10",
                "400—500万或8%—10%:8",
                "300—400万或6%—8%:6",
                "200—300万或4%—6%:4",
                "100—200万或3%—4%:2")));
  }

  @ParameterizedTest(name = "{0} item {1}")
  @MethodSource("srdiBands")
  void srdiScoringBands_areRecordedAsReferenceText(String id, int item, List<String> tokens) {
    Provision p = CATALOG.fact(FactId.of(id), Provision.class);
    String zh = p.items().get(item).zh();
    for (String t : tokens) {
      assertTrue(zh.contains(t), zh + " lacks " + t);
    }
    assertEquals(
        id.endsWith("confirmed") ? Confidence.SECONDARY_C : Confidence.SECONDARY_S,
        p.source().confidence());
  }

  @Test
  void documents_areDatedAsReported() {
    assertEquals(
        DateRange.of(LocalDate.of(2022, 6, 1), LocalDate.of(2026, 4, 1)),
        CATALOG.document(DocumentId.of("工信部企业〔2022〕63号")).validity());
    assertEquals(
        DateRange.from(LocalDate.of(2026, 4, 1)),
        CATALOG.document(DocumentId.of("工信部企业〔2026〕2号")).validity());
    // Published September 2023 (two full-text reposts, B); the day is not confirmed, so the first
    // of the month.
    assertEquals(
        LocalDate.of(2023, 9, 1),
        CATALOG.document(DocumentId.of("工信部政法〔2023〕138号")).validity().start());
    assertEquals(
        Optional.of(LocalDate.of(2023, 9, 1)),
        CATALOG.document(DocumentId.of("工信部产业〔2016〕105号")).validity().end());
  }
}
