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
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.testing.DataFilesContract;
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

  /**
   * Key rows of the review sheets (id | clause | indicator | operator word | bound with unit) of
   * every comparison encoded from the national facts gathered from public reposts, one block per
   * data file, each group under the summary of the reposts it was checked against
   * (/work/shared/design/NATIONAL.md and NATIONAL-2026.md, read by hand, not by the build). A band
   * shows the revenue range it applies in.
   */
  static final Map<String, String> COMPARISON_ROWS =
      Map.of(
          // 工信部企业〔2022〕63号 (NATIONAL.md §1)
          "gradient-2022.yaml",
          """
      // 附件1 direct routes: a national or provincial S&T award in 3 years; a provincial-or-higher R&D institution; new institutional equity ≥ 500万元 in 3 years
      cn.gradient-2022.isme.direct.award | 附件1 | cn.st-award-level-3y | at-least | 3 level
      cn.gradient-2022.isme.direct.rnd-institution | 附件1 | rnd-institution-level | at-least | 3 level
      cn.gradient-2022.isme.direct.equity | 附件1 | cn.institutional-equity-financing-3y | at-least | 500万元
      // 附件2: ≥ 2 years in a niche; prior-year R&D ≥ 100万元 and ≥ 3%; revenue ≥ 1000万元 or, below it, new equity ≥ 2000万元 in 2 years; score ≥ 60
      cn.gradient-2022.srdi.years-in-niche | 附件2 | years-in-niche | at-least | 2 years
      cn.gradient-2022.srdi.rnd-expenditure | 附件2 | rnd-expenditure | at-least | 100万元
      cn.gradient-2022.srdi.rnd-intensity | 附件2 | rnd-intensity | at-least | 3%
      cn.gradient-2022.srdi.equity-2y | 附件2 | in (-∞, 1000万元) · equity-financing-2y | at-least | 2000万元
      cn.gradient-2022.srdi.score | 附件2 | cn.srdi-score | at-least | 60分
      // 附件2 direct: provincial award top 3 or national top 5 in 3 years; average R&D ≥ 1000万元 over 2 years; equity ≥ 6000万元 in 2 years; 创客中国 national top 500
      cn.gradient-2022.srdi.direct.provincial-award | 附件2 | cn.provincial-st-award-rank-3y | at-most | 3位
      cn.gradient-2022.srdi.direct.national-award | 附件2 | cn.national-st-award-rank-3y | at-most | 5位
      cn.gradient-2022.srdi.direct.rnd-average | 附件2 | rnd-expenditure-avg-2y | at-least | 1000万元
      cn.gradient-2022.srdi.direct.equity | 附件2 | equity-financing-2y | at-least | 6000万元
      cn.gradient-2022.srdi.direct.maker-china | 附件2 | cn.maker-china-rank-3y | at-most | 500位
      // 附件3: ≥ 3 years in the niche; main business ≥ 70%; 2-year average growth ≥ 5%; debt ≤ 70%; national niche share ≥ 10%
      cn.gradient-2022.lg.years-in-niche | 附件3 | years-in-niche | at-least | 3 years
      cn.gradient-2022.lg.main-business-share | 附件3 | main-business-share | at-least | 70%
      cn.gradient-2022.lg.main-business-growth | 附件3 | main-business-growth-avg-2y | at-least | 5%
      cn.gradient-2022.lg.debt-ratio | 附件3 | debt-to-asset-ratio | at-most | 70%
      cn.gradient-2022.lg.market-share | 附件3 | market-share-national | at-least | 10%
      // 附件3 创新能力: revenue ≥ 1亿 → R&D ≥ 3% each of 2 years; 5000万–1亿 → ≥ 6%; < 5000万 → equity ≥ 8000万 and R&D ≥ 3000万 and R&D staff ≥ 50%; ≥ 2 Ⅰ类 IP
      cn.gradient-2022.lg.rnd-intensity-1yi | 附件3 | in [1亿元, ∞) · rnd-intensity-each-2y | at-least | 3%
      cn.gradient-2022.lg.rnd-intensity-5000wan | 附件3 | in [5000万元, 1亿元) · rnd-intensity-each-2y | at-least | 6%
      cn.gradient-2022.lg.equity-2y | 附件3 | equity-financing-2y | at-least | 8000万元
      cn.gradient-2022.lg.rnd-expenditure-2y | 附件3 | rnd-expenditure-sum-2y | at-least | 3000万元
      cn.gradient-2022.lg.rnd-staff | 附件3 | rnd-staff-share | at-least | 50%
      cn.gradient-2022.lg.class-i-ip | 附件3 | cn.class-i-ip-leading-product | at-least | 2项
      // 附件3 direct (S): national S&T award top 3 in 3 years, or 创客中国 national top 50
      cn.gradient-2022.lg.direct.national-award | 附件3 | cn.national-st-award-rank-3y | at-most | 3位
      cn.gradient-2022.lg.direct.maker-china | 附件3 | cn.maker-china-rank-3y | at-most | 50位
      """,
          // 工信部产业〔2016〕105号 (NATIONAL.md §3)
          "champion-2016.yaml",
          """
      // 1–2 product segments ≥ 70% of revenue; global top 3; ≥ 10 years in the field (new products ≥ 3)
      cn.champion-2016.main-product-share | 全文 | main-product-share | at-least | 70%
      cn.champion-2016.global-rank | 全文 | market-rank-global | at-most | 3位
      cn.champion-2016.years-in-field | 全文 | years-in-field | at-least | 10 years
      cn.champion-2016.years-in-new-product | 全文 | years-in-new-product | at-least | 3 years
      """,
          // 工信部政法〔2023〕138号 (NATIONAL.md §3, graded B in NATIONAL-2026.md §5)
          "champion-2023.yaml",
          """
      // 附件1: ≥ 10 years (new products ≥ 5); 3-year average main-business revenue ≥ 4亿元; global top 3
      cn.champion-2023.years-in-field | 附件1 | years-in-field | at-least | 10 years
      cn.champion-2023.years-in-new-product | 附件1 | years-in-new-product | at-least | 5 years
      cn.champion-2023.main-business-revenue-avg-3y | 附件1 | main-business-revenue-avg-3y | at-least | 4亿元
      cn.champion-2023.global-rank | 附件1 | market-rank-global | at-most | 3位
      """,
          // 工信部企业〔2026〕2号 (NATIONAL.md §4, graded B in NATIONAL-2026.md; the renewal score C)
          "gradient-2026.yaml",
          """
      // 附件1 SRDI SME: ≥ 3 years in niche; revenue ≥ 1500万 or equity ≥ 2000万; main business ≥ 80%; debt ≤ 80%; R&D ≥ 100万 and ≥ 3% in each of 2 years; ≥ 1 Ⅰ类 IP; score ≥ 50
      cn.gradient-2026.srdi.years-in-niche | 附件1 | years-in-niche | at-least | 3 years
      cn.gradient-2026.srdi.revenue | 附件1 | operating-revenue | at-least | 1500万元
      cn.gradient-2026.srdi.equity | 附件1 | equity-financing-2y | at-least | 2000万元
      cn.gradient-2026.srdi.main-business-share | 附件1 | main-business-share | at-least | 80%
      cn.gradient-2026.srdi.debt-ratio | 附件1 | debt-to-asset-ratio | at-most | 80%
      cn.gradient-2026.srdi.rnd-expenditure | 附件1 | cn.rnd-expenditure-each-2y | at-least | 100万元
      cn.gradient-2026.srdi.rnd-intensity | 附件1 | rnd-intensity-each-2y | at-least | 3%
      cn.gradient-2026.srdi.class-i-ip | 附件1 | cn.class-i-ip-leading-product | at-least | 1项
      cn.gradient-2026.srdi.award-waiver | 附件1 | cn.st-award-rank-provincial-or-higher-3y | at-most | 3位
      cn.gradient-2026.srdi.institution-waiver | 附件1 | rnd-institution-level | at-least | 3 level
      cn.gradient-2026.srdi.score | 附件1 | cn.platform-development-score | at-least | 50分
      // 附件1 renewal: the same bounds; the score is the better of the last 2 years (S)
      cn.gradient-2026.srdi-renewal.years-in-niche | 附件1 | years-in-niche | at-least | 3 years
      cn.gradient-2026.srdi-renewal.revenue | 附件1 | operating-revenue | at-least | 1500万元
      cn.gradient-2026.srdi-renewal.equity | 附件1 | equity-financing-2y | at-least | 2000万元
      cn.gradient-2026.srdi-renewal.main-business-share | 附件1 | main-business-share | at-least | 80%
      cn.gradient-2026.srdi-renewal.debt-ratio | 附件1 | debt-to-asset-ratio | at-most | 80%
      cn.gradient-2026.srdi-renewal.rnd-expenditure | 附件1 | cn.rnd-expenditure-each-2y | at-least | 100万元
      cn.gradient-2026.srdi-renewal.rnd-intensity | 附件1 | rnd-intensity-each-2y | at-least | 3%
      cn.gradient-2026.srdi-renewal.class-i-ip | 附件1 | cn.class-i-ip-leading-product | at-least | 1项
      cn.gradient-2026.srdi-renewal.award-waiver | 附件1 | cn.st-award-rank-provincial-or-higher-3y | at-most | 3位
      cn.gradient-2026.srdi-renewal.institution-waiver | 附件1 | rnd-institution-level | at-least | 3 level
      cn.gradient-2026.srdi-renewal.score | 附件1 | cn.platform-development-score-best-2y | at-least | 50分
      // 附件2 little giant: ≥ 3 years; revenue ≥ 5000万; main business ≥ 90%; CAGR ≥ 5%; debt ≤ 75%; R&D ≥ 1200万 over 2 years and ≥ 3% each; ≥ 4 Ⅰ类 IP (waived by a national award top 3); share ≥ 10% or top 3; score ≥ 60
      cn.gradient-2026.lg.years-in-niche | 附件2 | years-in-niche | at-least | 3 years
      cn.gradient-2026.lg.revenue | 附件2 | operating-revenue | at-least | 5000万元
      cn.gradient-2026.lg.main-business-share | 附件2 | main-business-share | at-least | 90%
      cn.gradient-2026.lg.revenue-cagr | 附件2 | cn.revenue-cagr | at-least | 5%
      cn.gradient-2026.lg.debt-ratio | 附件2 | debt-to-asset-ratio | at-most | 75%
      cn.gradient-2026.lg.rnd-expenditure-2y | 附件2 | rnd-expenditure-sum-2y | at-least | 1200万元
      cn.gradient-2026.lg.rnd-intensity | 附件2 | rnd-intensity-each-2y | at-least | 3%
      cn.gradient-2026.lg.class-i-ip | 附件2 | cn.class-i-ip-leading-product | at-least | 4项
      cn.gradient-2026.lg.national-award | 附件2 | cn.national-st-award-rank-3y | at-most | 3位
      cn.gradient-2026.lg.market-share | 附件2 | cn.niche-market-share | at-least | 10%
      cn.gradient-2026.lg.market-rank | 附件2 | market-rank-national | at-most | 3位
      cn.gradient-2026.lg.score | 附件2 | cn.platform-development-score | at-least | 60分
      // 附件2 renewal: the same bounds; the score is the better of the last 2 years
      cn.gradient-2026.lg-renewal.years-in-niche | 附件2 | years-in-niche | at-least | 3 years
      cn.gradient-2026.lg-renewal.revenue | 附件2 | operating-revenue | at-least | 5000万元
      cn.gradient-2026.lg-renewal.main-business-share | 附件2 | main-business-share | at-least | 90%
      cn.gradient-2026.lg-renewal.debt-ratio | 附件2 | debt-to-asset-ratio | at-most | 75%
      cn.gradient-2026.lg-renewal.rnd-expenditure-2y | 附件2 | rnd-expenditure-sum-2y | at-least | 1200万元
      cn.gradient-2026.lg-renewal.rnd-intensity | 附件2 | rnd-intensity-each-2y | at-least | 3%
      cn.gradient-2026.lg-renewal.class-i-ip | 附件2 | cn.class-i-ip-leading-product | at-least | 4项
      cn.gradient-2026.lg-renewal.national-award | 附件2 | cn.national-st-award-rank-3y | at-most | 3位
      cn.gradient-2026.lg-renewal.market-share | 附件2 | cn.niche-market-share | at-least | 10%
      cn.gradient-2026.lg-renewal.market-rank | 附件2 | market-rank-national | at-most | 3位
      cn.gradient-2026.lg-renewal.score | 附件2 | cn.platform-development-score-best-2y | at-least | 60分
      """,
          // 工信厅企业函〔2026〕117号, the 2026 round restating 2号 附件2 (NATIONAL-2026.md)
          "round-2026-117.yaml",
          """
      // 2号 附件2 as applied to the 2026 round: the same bounds as cn.gradient-2026.lg
      cn.round-2026.lg.years-in-niche | 工信部企业〔2026〕2号 附件2 | years-in-niche | at-least | 3 years
      cn.round-2026.lg.revenue | 工信部企业〔2026〕2号 附件2 | operating-revenue | at-least | 5000万元
      cn.round-2026.lg.main-business-share | 工信部企业〔2026〕2号 附件2 | main-business-share | at-least | 90%
      cn.round-2026.lg.revenue-cagr | 工信部企业〔2026〕2号 附件2 | cn.revenue-cagr | at-least | 5%
      cn.round-2026.lg.debt-ratio | 工信部企业〔2026〕2号 附件2 | debt-to-asset-ratio | at-most | 75%
      cn.round-2026.lg.rnd-expenditure-2y | 工信部企业〔2026〕2号 附件2 | rnd-expenditure-sum-2y | at-least | 1200万元
      cn.round-2026.lg.rnd-intensity | 工信部企业〔2026〕2号 附件2 | rnd-intensity-each-2y | at-least | 3%
      cn.round-2026.lg.class-i-ip | 工信部企业〔2026〕2号 附件2 | cn.class-i-ip-leading-product | at-least | 4项
      cn.round-2026.lg.national-award | 工信部企业〔2026〕2号 附件2 | cn.national-st-award-rank-3y | at-most | 3位
      cn.round-2026.lg.market-share | 工信部企业〔2026〕2号 附件2 | cn.niche-market-share | at-least | 10%
      cn.round-2026.lg.market-rank | 工信部企业〔2026〕2号 附件2 | market-rank-national | at-most | 3位
      cn.round-2026.lg.score | 工信部企业〔2026〕2号 附件2 | cn.platform-development-score | at-least | 60分
      """,
          // 国科发政〔2017〕115号
          "tech-sme-2017.yaml",
          """
      // 第六条: ≤ 500 employees, sales ≤ 2亿元, total assets ≤ 2亿元
      cn.tech-sme-2017.employees | 第六条 | employees | at-most | 500人
      cn.tech-sme-2017.sales | 第六条 | cn.sales-revenue | at-most | 2亿元
      cn.tech-sme-2017.total-assets | 第六条 | cn.total-assets | at-most | 2亿元
      // 第八条 direct: a national S&T award (top 3) within 5 years; a provincial-or-higher R&D institution
      cn.tech-sme-2017.direct.national-award | 第八条 | cn.national-st-award-rank-5y | at-most | 3位
      cn.tech-sme-2017.direct.rnd-institution | 第八条 | rnd-institution-level | at-least | 3 level
      """);

  /** The comparisons taken from a single repost (S); every other one is from two or more (C). */
  private static final Set<String> SINGLE_SOURCE =
      Set.of(
          "cn.gradient-2022.lg.direct.national-award",
          "cn.gradient-2022.lg.direct.maker-china",
          "cn.gradient-2026.srdi-renewal.score");

  static Stream<String> comparisonFiles() {
    return COMPARISON_ROWS.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("comparisonFiles")
  void comparisons_keyRowsOfTheReviewSheet_matchTheReposts(String file) {
    for (String id :
        DataFilesContract.assertKeyRows(new NationalSource(), file, COMPARISON_ROWS.get(file))) {
      Comparison c = CATALOG.fact(FactId.of(id), Comparison.class);
      assertEquals(SINGLE_SOURCE.contains(id) ? S : C, c.source().confidence(), id);
      assertTrue(
          c.source().provenance().isPresent(), id + ": a secondary fact says where it was found");
    }
  }

  private static Stream<String> comparisonIds() {
    return COMPARISON_ROWS.values().stream()
        .flatMap(String::lines)
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("//"))
        .map(l -> l.split(" \\| ", 2)[0]);
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
        Stream.concat(comparisonIds(), statuses().map(a -> (String) a.get()[0]))
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
   * Key rows of the targets in the reposts: 工信部产业〔2016〕105号 "by 2025, 200 demonstration and 600
   * cultivated firms"; 财建〔2021〕2号 "≥ 100亿元 of central funds 2021–2025, 1000+ key little giants,
   * lead about 1万 SMEs to become little giants" (NATIONAL.md §2, §3). Metric keys follow the scheme
   * the region modules share ({@code kind.thing}, national tiers without a level prefix).
   */
  static final Map<String, String> TARGET_ROWS =
      Map.of(
          "champion-2016.yaml",
          """
          cn.champion-2016.target.demonstration | 全文 | firms.single-champion-demonstration | EXACTLY | 200家 by 2025-12-31
          cn.champion-2016.target.cultivated | 全文 | firms.single-champion-cultivated | EXACTLY | 600家 by 2025-12-31
          """,
          "funding-2021.yaml",
          """
          cn.funding-2021.central-funds | 全文 | money.central-srdi-funds | AT_LEAST | 100亿元 over [2021-01-01, 2026-01-01)
          cn.funding-2021.key-little-giants | 全文 | firms.key-supported-little-giant | AT_LEAST | 1000家 over [2021-01-01, 2026-01-01)
          cn.funding-2021.little-giants-led | 全文 | firms.little-giant | ABOUT | 10000家 over [2021-01-01, 2026-01-01)
          """);

  @Test
  void targets_keyRowsOfTheReviewSheet_matchTheReposts() {
    for (Map.Entry<String, String> e : TARGET_ROWS.entrySet()) {
      for (String id :
          DataFilesContract.assertKeyRows(new NationalSource(), e.getKey(), e.getValue())) {
        Target t = CATALOG.fact(FactId.of(id), Target.class);
        // "about 1万" is an aim (引导); the others are stated as commitments
        assertEquals(
            id.endsWith("little-giants-led") ? Commitment.ASPIRATIONAL : Commitment.FIRM,
            t.commitment(),
            id);
        assertEquals(Confidence.SECONDARY_C, t.source().confidence(), id);
      }
    }
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
