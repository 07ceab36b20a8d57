package io.github.srdipolicy.cli;

import static io.github.srdipolicy.cli.Cli.fixture;
import static io.github.srdipolicy.cli.Cli.real;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** explain, ladder, compare, diff, export and coverage. */
class CommandsTest {
  @ParameterizedTest
  @ValueSource(strings = {"match", "explain", "ladder", "compare", "diff", "export", "coverage"})
  void everyCommandHasHelp(String command) {
    Cli.Result r = real(command, "--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Usage: policy " + command), r.out());
  }

  @Test
  void topLevelHelpListsTheCommandsAndExitCodes() {
    Cli.Result r = real("--help");
    assertEquals(0, r.exit(), r.err());
    for (String command :
        List.of("match", "explain", "ladder", "compare", "diff", "export", "coverage")) {
      assertTrue(r.out().contains("\n  " + command + " "), command + " missing from\n" + r.out());
    }
    assertTrue(r.out().contains("2   user error"), r.out());
  }

  @Test
  void versionIsTheBuildsVersion() {
    Cli.Result r = real("--version");
    assertEquals(0, r.exit(), r.err());
    String expected = System.getProperty("project.version");
    assertNotNull(expected, "surefire passes project.version");
    assertTrue(r.out().startsWith("policy " + expected + "\n"), r.out());
  }

  // ------------------------------------------------------------------ explain

  /**
   * 2026 routing (NATIONAL-2026.md §2): little-giant renewals under 63号 annex 3, new applications
   * under 2号 annex 2 and the round's overlay.
   */
  @Test
  void explainNamesTheApplicationKindItJudgesUnder() throws Exception {
    Cli.Result renewal =
        real("explain", "cn.little-giant", "--as-of", "2026-12-01", "--application", "RENEWAL");
    assertEquals(0, renewal.exit(), renewal.err());
    assertTrue(
        renewal
            .out()
            .contains(
                "judged as a RENEWAL application on 2026-12-01: decided by cn.gradient-2022.lg.criteria"),
        renewal.out());
    assertFalse(renewal.out().contains("\nCriteria cn.gradient-2026.lg.criteria:"), renewal.out());
    Cli.Result fresh = real("explain", "cn.little-giant", "--as-of", "2026-12-01");
    // new applications of the 2026 round: the round's overlay of 2号 decides, 2号 itself is also in
    // force
    assertTrue(
        fresh
            .out()
            .contains(
                "judged as a NEW application on 2026-12-01: decided by cn.round-2026.lg.criteria"
                    + " (also in force: cn.gradient-2026.lg.criteria)"),
        fresh.out());
    assertTrue(fresh.out().contains("\nCriteria cn.gradient-2026.lg.criteria:"), fresh.out());
    Cli.Result json =
        real(
            "explain",
            "cn.little-giant",
            "--as-of",
            "2026-12-01",
            "--application",
            "RENEWAL",
            "--format",
            "json");
    com.fasterxml.jackson.databind.JsonNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertEquals("RENEWAL", root.get("applicationKind").asText());
    assertEquals("cn.gradient-2022.lg.criteria", root.get("deciding").asText());
    // without a date or a kind, every criteria set says which applications it judges
    assertTrue(
        real("explain", "cn.little-giant")
            .out()
            .contains(
                "  judges NEW and RENEWAL applications in [2022-06-01, 2026-04-01); RENEWAL applications in [2026-04-01, 2027-01-01)"));
  }

  @Test
  void explainRealTierMatchesGolden() {
    Cli.Result r = real("explain", "cn.little-giant");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("cn.little-giant  "), r.out());
    Golden.check("explain-cn.little-giant.txt", r.out());
  }

  @Test
  void explainShowsTheCriteriaTreeWithBandsClausesAndNotes() {
    Cli.Result r = fixture("explain", "fake.giant");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertAll(
        () -> assertTrue(out.contains("prerequisites: fake.pool"), out),
        () ->
            assertTrue(
                out.contains(
                    "Criteria fake.giant.criteria: 巨人条件 (giant criteria)  [测试发〔2024〕1号 2]"),
                out),
        () ->
            assertTrue(
                out.contains("Criteria fake2.giant.criteria"),
                "criteria of every document without --as-of"),
        () ->
            assertTrue(
                out.contains(
                    "├ 研发投入 (R&D by size): by 营业收入 (operating revenue) <operating-revenue>"),
                out),
        () ->
            assertTrue(
                out.contains(
                    "│ ├ when ≥ 10000万元 → 研发经费支出占营业收入比重 (R&D expenditure as a share of "
                        + "operating revenue) <rnd-intensity> ≥ 3%  [测试发〔2024〕1号 1]\n"),
                out),
        () ->
            assertTrue(
                out.contains("when < 10000万元 → 已入库 (in the pool): holds tier fake.pool"), out),
        () ->
            assertTrue(
                out.contains("└ 资产负债率 (debt-to-asset ratio) <debt-to-asset-ratio> ≤ 70%"), out));
    Golden.check("explain-fixture-fake.giant.txt", out);
  }

  @Test
  void explainShowsScorecardsSumsAndCounts() {
    Cli.Result r = fixture("explain", "fake.star");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertAll(
        () ->
            assertTrue(
                out.contains(
                    "  track PRODUCT fake2.star.track: 产品 (product)\n"
                        + "    任一 (either): any of  [测试发〔2025〕2号 2]\n"
                        + "    ├ 评分 (score): score at least 60 points, ip ≥ 20  [测试发〔2025〕2号 2]\n"
                        + "    │ ├ [ip] 有效发明专利数 (valid invention patents) <invention-patents>: ≥ 0项 and < 3项 → 10; ≥ 3项 → 30\n"),
                out),
        () ->
            assertTrue(
                out.contains(
                    "    └ 三选二 (two of three): at least 2 of  [测试发〔2025〕2号 2]\n"
                        + "      ├ 其他专利 (other patents): 有效实用新型专利数 (valid utility-model patents) <utility-model-patents> + "
                        + "有效外观设计专利数 (valid design patents) <design-patents> ≥ 10项  [测试发〔2025〕2号 2]\n"),
                out),
        () -> assertTrue(out.contains("        └ when ≥ 20000万元 → no further requirement\n"), out));
    Golden.check("explain-fixture-fake.star.txt", out);
  }

  @Test
  void explainAsOfKeepsOnlyDocumentsInForce() {
    Cli.Result r = fixture("explain", "fake.pool", "--as-of", "2025-06-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Criteria fake2.pool.criteria"), r.out());
    assertFalse(r.out().contains("Criteria fake.pool.criteria"), r.out());
    assertTrue(r.out().contains("note: 按企业自我声明处理 (taken as the firm's own declaration)"), r.out());
  }

  // ------------------------------------------------------------------ ladder

  @Test
  void ladderRealJurisdictionMatchesGolden() {
    Cli.Result r = real("ladder", "220281");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().matches("Ladders for [^\\n]* \\[220281\\] → [^\\n]* \\[220200\\] → (?s).*"),
        r.out());
    Golden.check("ladder-220281.txt", r.out());
    Golden.check("ladder-320831.txt", real("ladder", "320831").out());
  }

  @Test
  void ladderListsRungsBottomUpAcrossLevels() {
    Cli.Result r = fixture("ladder", "990001");
    assertEquals(0, r.exit(), r.err());
    List<String> rungs = r.out().lines().filter(l -> l.matches("  [0-9] .*")).toList();
    assertEquals(3, rungs.size(), r.out());
    assertTrue(rungs.get(0).startsWith("  1  fake.pool "), rungs.get(0));
    assertTrue(rungs.get(1).startsWith("  2  fake.giant "), rungs.get(1));
    assertTrue(rungs.get(1).endsWith("fake.pool"), "prerequisite shown: " + rungs.get(1));
    assertTrue(rungs.get(2).startsWith("  3  cn.little-giant "), rungs.get(2));
  }

  // ------------------------------------------------------------------ compare

  @Test
  void compareRealMatchesGoldens() {
    Cli.Result md = real("compare");
    Cli.Result csv = real("compare", "--format", "csv");
    assertEquals(0, md.exit(), md.err());
    assertEquals(0, csv.exit(), csv.err());
    assertTrue(md.out().startsWith("# Regional comparison\n"), md.out());
    assertTrue(csv.out().startsWith(String.join(",", CompareCommand.COLUMNS) + "\n"), csv.out());
    Golden.check("compare.md", md.out());
    Golden.check("compare.csv", csv.out());
  }

  @Test
  void compareNormalisesPeriodTargetsPerYearAndSetsThresholdsSideBySide() {
    String md = fixture("compare").out();
    assertAll(
        // 30 firms over 2024–2026 (3 years) and 60 over 2025–2029 (5 years): 10 and 12 a year.
        () ->
            assertTrue(
                md.contains(
                    "| pool-firms 新增入库企业 | ≥ 30家 over period, period [2024-01-01, 2027-01-01), new, firm (10家/yr)"
                        + " | ≥ 60家 over period, period [2025-01-01, 2030-01-01), new, firm (12家/yr) |"),
                md),
        () ->
            assertTrue(
                md.contains(
                    "| main-business-revenue 主营业务收入 | fake.pool (MANUFACTURING): ≥ 5000万元"
                        + " | fake.pool (MANUFACTURING): ≥ 6000万元 |"),
                md),
        () ->
            assertTrue(
                md.contains(
                    "| fake.pool 测试培育库 | ONE_OFF_REWARD 5万元 (990001) | ONE_OFF_REWARD 8万元 (990001) |"),
                md),
        () ->
            assertTrue(
                md.contains("| cn.little-giant 专精特新\"小巨人\"企业 | ONE_OFF_REWARD 50万元 (990001) | — |"),
                md));
    assertTrue(
        md.contains(
            "| metric | 测试县 (Test County) · 测试发〔2024〕1号 | 测试县 (Test County) · 测试发〔2025〕2号 |\n"),
        md);
    // Tidy: one fact per row, comparator, amount, unit, per-year figure, period, basis and
    // commitment in their own columns.
    List<Map<String, String>> csv =
        records(fixture("compare", "--format", "csv").out(), CompareCommand.COLUMNS);
    Map<String, String> pool =
        csv.stream()
            .filter(
                r -> r.get("key").equals("pool-firms") && r.get("document").equals("测试发〔2024〕1号"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(csv));
    assertEquals("targets", pool.get("section"));
    assertEquals("AT_LEAST", pool.get("comparator"));
    assertEquals("30", pool.get("amount"));
    assertEquals("ENTERPRISES", pool.get("unit"));
    assertEquals("10", pool.get("per_year"));
    assertEquals("2024-01-01", pool.get("period_start"));
    assertEquals("2027-01-01", pool.get("period_end"));
    assertEquals("NEW", pool.get("basis"));
    assertEquals("FIRM", pool.get("commitment"));
    assertFalse(pool.get("clause").isEmpty());
    Map<String, String> revenue =
        csv.stream()
            .filter(
                r ->
                    r.get("section").equals("thresholds")
                        && r.get("key").equals("main-business-revenue")
                        && r.get("document").equals("测试发〔2025〕2号"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("fake.pool", "MANUFACTURING", "AT_LEAST", "0.6", "YI_YUAN"),
        List.of(
            revenue.get("tier"),
            revenue.get("scope"),
            revenue.get("comparator"),
            revenue.get("amount"),
            revenue.get("unit")));
    Map<String, String> reward =
        csv.stream()
            .filter(
                r ->
                    r.get("section").equals("incentives")
                        && r.get("key").equals("fake.pool")
                        && r.get("document").equals("测试发〔2025〕2号"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("ONE_OFF_REWARD", "8", "WAN_YUAN", "990001"),
        List.of(
            reward.get("kind"),
            reward.get("amount"),
            reward.get("unit"),
            reward.get("funding_jurisdiction")));
    // JSON: the same facts, empty fields left out.
    com.fasterxml.jackson.databind.JsonNode json =
        readJson(fixture("compare", "--format", "json").out());
    assertEquals(csv.size(), json.size());
    assertEquals(
        "0.6",
        StreamSupport.stream(json.spliterator(), false)
            .filter(
                n ->
                    n.get("section").asText().equals("thresholds")
                        && n.get("key").asText().equals("main-business-revenue")
                        && n.get("document").asText().equals("测试发〔2025〕2号"))
            .findFirst()
            .orElseThrow()
            .get("amount")
            .asText(),
        "the amount as the document states it, in its unit");
  }

  /** CSV rows as column → cell, checking every row has the header's width. */
  static List<Map<String, String>> records(String csv, List<String> header) {
    List<List<String>> rows = csv.lines().map(SummaryCommandsTest::cells).toList();
    assertEquals(header, rows.get(0));
    List<Map<String, String>> out = new java.util.ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(header.size(), row.size(), row.toString());
      Map<String, String> m = new java.util.LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), row.get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static com.fasterxml.jackson.databind.JsonNode readJson(String s) {
    try {
      return io.github.srdipolicy.json.PolicyJson.mapper().readTree(s);
    } catch (java.io.IOException e) {
      throw new AssertionError(s, e);
    }
  }

  // ------------------------------------------------------------------ diff

  @Test
  void diffOfTwoDocumentsPairsFactsByWhatTheyAreAbout() {
    Cli.Result r = fixture("diff", FixturePolicy.DOC1, FixturePolicy.DOC2);
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertAll(
        () ->
            assertTrue(
                out.startsWith(
                    "--- 测试发〔2024〕1号  测试培育办法 (test cultivation measures)\n"
                        + "+++ 测试发〔2025〕2号  测试培育办法（修订） (test cultivation measures (revised))\n"),
                out),
        () -> assertTrue(out.contains("tiers (2 → 1):\n  - giant\n  - pool\n  + star\n"), out),
        // The revision raised the manufacturing revenue bound and dropped the innovation track:
        // said as such.
        () ->
            assertTrue(
                out.contains(
                    "  ~ tier pool  fake.pool.criteria → fake2.pool.criteria\n      threshold raised "
                        + "  track MANUFACTURING | main-business-revenue lower-bound: ≥ 5000万元 → ≥ 6000万元"),
                out),
        () ->
            assertTrue(
                out.contains(
                    "      condition removed  track INNOVATION | founding-year lower-bound: "),
                out),
        () -> assertFalse(out.contains("tracks[0]"), "no positional paths in criteria"),
        () -> assertTrue(out.contains("  - FIRST_RECOGNITION little-giant ONE_OFF_REWARD\n"), out),
        () ->
            assertTrue(
                out.contains(
                    "  ~ FIRST_RECOGNITION pool ONE_OFF_REWARD\n      amount: "
                        + "{\"amount\":\"5\",\"unit\":\"WAN_YUAN\"} → {\"amount\":\"8\",\"unit\":\"WAN_YUAN\"}\n"),
                out),
        () -> assertFalse(out.contains("FIRST_RECOGNITION giant"), "the giant reward is unchanged"),
        () -> assertTrue(out.contains("  ~ pool-firms\n"), out));
    Golden.check("diff-fixture-documents.txt", out);
  }

  @Test
  void diffRowsInCsvAndJsonSplitBoundsAndKeepTheClauses() {
    Cli.Result r = fixture("diff", FixturePolicy.DOC1, FixturePolicy.DOC2, "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    List<Map<String, String>> rows = records(r.out(), DocumentDiff.Row.COLUMNS);
    Map<String, String> raised =
        rows.stream()
            .filter(x -> x.get("change").equals("threshold_raised"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.out()));
    assertEquals("criteria", raised.get("section"));
    assertTrue(
        raised.get("key").startsWith("tier pool | track MANUFACTURING | main-business-revenue"),
        raised.get("key"));
    assertEquals(
        List.of("AT_LEAST", "5000", "WAN_YUAN", "AT_LEAST", "0.6", "YI_YUAN"),
        List.of(
            raised.get("before_operator"),
            raised.get("before_amount"),
            raised.get("before_unit"),
            raised.get("after_operator"),
            raised.get("after_amount"),
            raised.get("after_unit")));
    assertEquals("测试发〔2024〕1号", raised.get("before_document"));
    assertEquals("测试发〔2025〕2号", raised.get("after_document"));
    assertTrue(
        rows.stream()
            .anyMatch(
                x ->
                    x.get("section").equals("tiers")
                        && x.get("change").equals("added")
                        && x.get("key").equals("star")),
        r.out());
    assertTrue(
        rows.stream()
            .anyMatch(
                x ->
                    x.get("section").equals("incentives")
                        && x.get("change").equals("changed")
                        && x.get("path").equals("amount")),
        r.out());
    com.fasterxml.jackson.databind.JsonNode json =
        readJson(fixture("diff", FixturePolicy.DOC1, FixturePolicy.DOC2, "--format", "json").out());
    assertEquals(FixturePolicy.DOC1, json.get("a").asText());
    assertEquals(rows.size(), json.get("changes").size());
    // Two criteria: the same rows.
    Cli.Result c = fixture("diff", "fake.pool.criteria", "fake2.pool.criteria", "--format", "csv");
    assertEquals(0, c.exit(), c.err());
    assertEquals(2, records(c.out(), DocumentDiff.Row.COLUMNS).size(), c.out());
    assertEquals(
        2, fixture("diff", FixturePolicy.DOC1, FixturePolicy.DOC2, "--format", "pdf").exit());
  }

  @Test
  void diffOfADocumentWithItselfIsEmpty() {
    Cli.Result r = fixture("diff", FixturePolicy.DOC1, FixturePolicy.DOC1);
    assertTrue(r.out().endsWith("no differences\n"), r.out());
  }

  @Test
  void diffOfTwoCriteriaListsSemanticChanges() {
    Cli.Result r = fixture("diff", "fake.pool.criteria", "fake2.pool.criteria");
    assertEquals(0, r.exit(), r.err());
    List<String> rows = r.out().lines().toList();
    assertTrue(
        rows.stream()
            .anyMatch(
                l ->
                    l.matches(
                        " +threshold raised +track MANUFACTURING \\| main-business-revenue "
                            + "lower-bound: ≥ 5000万元 → ≥ 6000万元 .*")),
        r.out());
    assertTrue(
        rows.stream()
            .anyMatch(
                l ->
                    l.matches(
                        " +condition removed +track INNOVATION \\| founding-year lower-bound: .*≥ 2014年.*")),
        r.out());
    assertFalse(r.out().contains("invention-patents"), "unchanged requirements are not listed");
    assertTrue(r.out().endsWith("2 changes\n"), r.out());
  }

  @Test
  void diffOfCriteriaOfDifferentShapesListsEachSidesRequirements() {
    Cli.Result r = fixture("diff", "fake2.star.criteria", "fake2.giant.criteria");
    assertEquals(0, r.exit(), r.err());
    List<String> rows = r.out().lines().toList();
    assertTrue(
        rows.stream()
            .anyMatch(
                l -> l.matches(" +condition removed +track PRODUCT \\| score of .*≥ 60 points.*")),
        r.out());
    assertTrue(
        rows.stream()
            .anyMatch(
                l ->
                    l.matches(
                        " +condition removed +track PRODUCT \\| design-patents\\+utility-model-patents "
                            + "lower-bound: .*≥ 10项.*")),
        r.out());
    assertTrue(
        rows.stream()
            .anyMatch(
                l ->
                    l.matches(
                        " +condition added +track GENERAL \\| operating-revenue in .* \\| holds fake.pool: .*held.*")),
        r.out());
  }

  @Test
  void diffRefusesToCompareADocumentWithCriteria() {
    Cli.Result r = fixture("diff", FixturePolicy.DOC1, "fake.pool.criteria");
    assertEquals(2, r.exit());
    assertEquals(
        "policy diff: Cannot compare a document with criteria: give two document numbers or two criteria ids\n",
        r.err());
  }

  @Test
  void diffOfRealDocumentsMatchesGolden() {
    List<PolicyDocument> docs = Cli.REAL.get().documents();
    Cli.Result r = real("diff", docs.get(0).id().toString(), docs.get(1).id().toString());
    assertEquals(0, r.exit(), r.err());
    Golden.check("diff-real-first-two-documents.txt", r.out());
  }

  // ------------------------------------------------------------------ export

  @Test
  void exportIsStable() {
    Cli.Result first = real("export");
    Cli.Result second = real("export");
    assertEquals(0, first.exit(), first.err());
    assertEquals(first.out(), second.out(), "two exports of the same catalogue are identical");
    // The build attaches this export (policy-cli-<version>-catalog.json); nothing is committed.
  }

  @Test
  void exportSortsDocumentsAndCarriesTheSchemas() throws IOException {
    JsonNode root = PolicyJson.mapper().readTree(real("export").out());
    List<String> ids = new ArrayList<>();
    root.get("documents").forEach(d -> ids.add(d.get("id").asText()));
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids);
    assertEquals(Cli.REAL.get().documents().size(), ids.size());
    assertEquals(
        "https://json-schema.org/draft/2020-12/schema",
        root.get("schemas").get("match-report.schema.json").get("$schema").asText());
    assertTrue(root.get("jurisdictions").toString().contains("\"220281\""));
  }

  @Test
  void exportToAFileWritesTheSameJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("catalog.json");
    Cli.Result r = real("export", "--out", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(real("export").out(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void exportAsDmn_writesOneDecisionPerCriteriaInForce() {
    Cli.Result r = real("export", "--format", "dmn", "--as-of", "2023-06-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("<definitions xmlns=\"https://www.omg.org/spec/DMN/20211108/MODEL/\""),
        r.out());
    long inForce =
        Cli.REAL.get().documents().stream()
            .filter(d -> d.isInForceOn(java.time.LocalDate.of(2023, 6, 1)))
            .mapToLong(d -> d.criteria().size())
            .sum();
    assertEquals(inForce, r.out().split("<decision ", -1).length - 1);
    long all = Cli.REAL.get().documents().stream().mapToLong(d -> d.criteria().size()).sum();
    assertEquals(all, real("export", "--format", "dmn").out().split("<decision ", -1).length - 1);
    Cli.Result wrong = real("export", "--as-of", "2023-06-01");
    assertEquals(2, wrong.exit());
    assertTrue(wrong.err().contains("--as-of applies to --format dmn only"), wrong.err());
  }

  // ------------------------------------------------------------------ coverage

  @Test
  void coverageListsEveryDocument() {
    Cli.Result r = real("coverage");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Document "), r.out());
    for (PolicyDocument d : Cli.REAL.get().documents()) {
      assertTrue(r.out().contains("\n" + d.id() + " "), d.id() + " missing from\n" + r.out());
    }
    Golden.check("coverage.txt", r.out());
  }

  @Test
  void coverageCountsClausesByStatus() {
    String row =
        fixture("coverage")
            .out()
            .lines()
            .filter(l -> l.startsWith(FixturePolicy.DOC1))
            .findFirst()
            .orElseThrow();
    // 4 clauses, all encoded, none without a fact, none unavailable.
    assertTrue(row.matches("测试发〔2024〕1号 +990001 +COMPLETE +4 +4 +0 +0 +[0-9]+ +-"), row);
  }
}
