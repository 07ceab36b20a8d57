package io.github.srdipolicy.cli;

import static io.github.srdipolicy.cli.Cli.fixture;
import static io.github.srdipolicy.cli.Cli.profile;
import static io.github.srdipolicy.cli.Cli.real;
import static io.github.srdipolicy.cli.Cli.sample;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.json.PolicyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchCommandTest {
  /** Names may still be polished by the region modules; the codes and their order are fixed. */
  private static final String JIAOHE_CHAIN =
      "(?s).*\nJurisdiction: [^\n]* \\[220281\\] → [^\n]* \\[220200\\] → "
          + "[^\n]* \\[220000\\] → [^\n]* \\[CN\\]\n.*";

  @Test
  void samplePrintsTheFirmsJurisdictionChain() {
    Cli.Result r = real("match", "--detail", sample("jiaohe-firm.json"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches(JIAOHE_CHAIN), r.out());
    assertTrue(
        r.out().contains("As of:        2023-06-01\n"), "the profile's asOf is the default date");
    assertEquals("", r.err());
  }

  @Test
  void asOfOptionOverridesTheProfilesDate() {
    Cli.Result r = real("match", "--detail", sample("jiaohe-firm.json"), "--as-of", "2024-01-31");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("As of:        2024-01-31\n"), r.out());
  }

  /**
   * The national tier headings of a text report, in order (one per tier: the deciding criteria).
   */
  private static List<String> nationalTiers(String out) {
    return out.lines()
        .filter(l -> l.matches("  [✓✗?] [A-Z_]+  cn\\.[a-z-]+  .*"))
        .map(l -> l.split("  ")[2])
        .toList();
  }

  @Test
  void asOfDecember2026_theNationalLadderOf2026_bottomToTop_oneAnswerPerTier() {
    Cli.Result r = real("match", "--detail", sample("jiaohe-firm.json"), "--as-of", "2026-12-01");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "cn.tech-sme",
            "cn.innovative-sme",
            "cn.srdi-sme",
            "cn.little-giant",
            "cn.single-champion"),
        nationalTiers(r.out()),
        r.out());
    assertTrue(
        r.out().contains("criteria cn.round-2026.lg.criteria"),
        "new applications of the 2026 round");
    assertTrue(
        r.out()
            .contains("also in force, not deciding: cn.gradient-2026.lg.criteria (工信部企业〔2026〕2号)"),
        r.out());
    assertTrue(r.out().contains("criteria cn.gradient-2026.srdi.criteria"), r.out());
    assertTrue(
        r.out().contains("criteria cn.gradient-2022.isme.criteria"), "63号 annex 1 carried over");
    assertTrue(r.out().contains("Application:  NEW\n"), r.out());
    Golden.check("match-jiaohe-firm-2026-12-01.txt", r.out());
  }

  @Test
  void asOfDecember2026_aRenewalOfTheLittleGiantIsJudgedUnderThe2022Standard() {
    Cli.Result r =
        real(
            "match",
            "--detail",
            sample("jiaohe-firm.json"),
            "--as-of",
            "2026-12-01",
            "--application",
            "RENEWAL");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Application:  RENEWAL\n"), r.out());
    assertTrue(r.out().contains("criteria cn.gradient-2022.lg.criteria"), r.out());
    assertTrue(r.out().contains("criteria cn.gradient-2026.srdi-renewal.criteria"), r.out());
  }

  @Test
  void asOfJune2023_stillThe2022Rules() {
    Cli.Result r = real("match", "--detail", sample("jiaohe-firm.json"), "--as-of", "2023-06-01");
    assertEquals(0, r.exit(), r.err());
    // 科技型中小企业 (115号) has been evaluated since 2017; the other tiers are those of 63号.
    assertEquals(
        List.of(
            "cn.tech-sme",
            "cn.innovative-sme",
            "cn.srdi-sme",
            "cn.little-giant",
            "cn.single-champion",
            "cn.single-champion-product"),
        nationalTiers(r.out()),
        r.out());
    assertTrue(r.out().contains("criteria cn.gradient-2022.lg.criteria"), r.out());
    assertFalse(r.out().contains("cn.gradient-2026"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiaohe-firm", "jinhu-firm"})
  void bundledSamplesMatchTheirGoldenText(String firm) {
    Cli.Result r = real("match", "--detail", sample(firm + ".json"));
    assertEquals(0, r.exit(), r.err());
    Golden.check("match-" + firm + ".txt", r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiaohe-firm", "jinhu-firm"})
  void bundledSamplesMatchTheirGoldenJsonWhichFollowsTheSchema(String firm) {
    Cli.Result r = real("match", "--detail", sample(firm + ".json"), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    Schemas.assertValidMatchReport(r.out());
    Golden.check("match-" + firm + ".json", r.out());
  }

  @Test
  void eligibleFirmGetsTicksTracesAndIncentivesInTenThousandYuan() {
    Cli.Result r = fixture("match", "--detail", profile("fixture-eligible.json"));
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertAll(
        () -> assertTrue(out.contains("== 测试发〔2024〕1号"), "grouped by document"),
        () -> assertFalse(out.contains("测试发〔2025〕2号"), "the 2025 document is not yet in force"),
        // pool: declared well managed; 5200万 ≥ 5000万 and 3 ≥ 2 patents; innovation track lacks
        // founding-year.
        () -> assertTrue(out.contains("  ✓ ELIGIBLE  fake.pool  测试培育库 (test pool)\n"), out),
        () ->
            assertTrue(
                out.contains(
                    "track MANUFACTURING fake.pool.track-mfg: 制造业 (manufacturing)  ✓ ELIGIBLE"),
                out),
        () ->
            assertTrue(
                out.contains(
                    "track INNOVATION fake.pool.track-new: 新设企业 (young firms)  ? UNDETERMINED"),
                out),
        () ->
            assertTrue(
                out.contains("✓ 主营业务收入 (main-business revenue): 5200万元 ≥ 5000万元  [测试发〔2024〕1号 1]"),
                out),
        () ->
            assertTrue(out.contains("note: 按企业自我声明处理 (taken as the firm's own declaration)"), out),
        // giant: 1.2亿 falls in the ≥ 1亿 band, so R&D 3.5% ≥ 3% decides; debt 50% ≤ 70%.
        () -> assertTrue(out.contains("  ✓ ELIGIBLE  fake.giant  测试巨人 (test giant)\n"), out),
        () -> assertTrue(out.contains("✓ 资产负债率 (debt-to-asset ratio): 50% ≤ 70%"), out),
        () -> assertTrue(out.contains("认定奖励 (recognition reward): ONE_OFF_REWARD 5万元"), out),
        () -> assertTrue(out.contains("认定奖励 (recognition reward): ONE_OFF_REWARD 20万元"), out),
        () -> assertTrue(out.contains("caveat: 以当年申报通知为准 (the yearly call prevails)"), out));
  }

  @Test
  void shortFirmGetsGapsAndMissingInputs() {
    Cli.Result r = fixture("match", "--detail", profile("fixture-short.json"));
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertAll(
        // pool: declaration missing (?), manufacturing fails (4000万 < 5000万), innovation unknown: ?
        // overall.
        () -> assertTrue(out.contains("  ? UNDETERMINED  fake.pool"), out),
        () ->
            assertTrue(
                out.contains("missing inputs: declaration:well-managed, indicator:founding-year\n"),
                out),
        // giant: 8000万 < 1亿 needs the pool tier, not held; debt 80% > 70%.
        () -> assertTrue(out.contains("  ✗ NOT_ELIGIBLE  fake.giant"), out),
        () ->
            assertTrue(
                out.contains(
                    "✗ 资产负债率 (debt-to-asset ratio): indicator:debt-to-asset-ratio is 80%, needs ≤ 70%"),
                out),
        () -> assertTrue(out.contains("tier:fake.pool"), out));
  }

  @Test
  void laterDateUsesTheRevisedDocument() {
    Cli.Result r =
        fixture("match", "--detail", profile("fixture-eligible.json"), "--as-of", "2025-06-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("== 测试发〔2025〕2号"), r.out());
    // The revision raised the bound to 0.6亿 (6000万): 5200万 no longer passes.
    assertTrue(r.out().contains("✗ 主营业务收入 (main-business revenue): 5200万元 ≥ 6000万元"), r.out());
    assertTrue(r.out().contains("ONE_OFF_REWARD 8万元"), r.out());
    // Star: 30 + 20 = 50 points < 60; of "2 of 3" the size band fails (1.2亿 < 2亿), the other two
    // are unknown.
    assertTrue(r.out().contains("  ? UNDETERMINED  fake.star"), r.out());
    assertTrue(
        r.out()
            .contains(
                "missing inputs: indicator:design-patents, indicator:software-copyrights, "
                    + "indicator:utility-model-patents\n"),
        r.out());
    Golden.check("match-fixture-eligible-2025.txt", r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixture-eligible", "fixture-short"})
  void fixtureReportsFollowTheSchemaAndTheirGoldens(String name) {
    Cli.Result text = fixture("match", "--detail", profile(name + ".json"));
    Cli.Result json = fixture("match", "--detail", profile(name + ".json"), "--format", "json");
    assertEquals(0, json.exit(), json.err());
    Schemas.assertValidMatchReport(json.out());
    Golden.check("match-" + name + ".txt", text.out());
    Golden.check("match-" + name + ".json", json.out());
  }

  @Test
  void jsonCarriesOutcomeIncentivesAndAmountsInTenThousandYuan() throws IOException {
    Cli.Result r =
        fixture("match", "--detail", profile("fixture-eligible.json"), "--format", "json");
    JsonNode root = PolicyJson.mapper().readTree(r.out());
    JsonNode results = root.get("documents").get(0).get("results");
    // One answer per tier, the province's tier (fake.giant) before the county's.
    assertEquals("fake.giant", results.get(0).get("tier").asText());
    results = PolicyJson.mapper().createArrayNode().add(results.get(1));
    assertEquals("fake.pool", results.get(0).get("tier").asText());
    assertEquals("ELIGIBLE", results.get(0).get("outcome").asText());
    assertEquals("✓", results.get(0).get("mark").asText());
    assertEquals("5", results.get(0).get("incentives").get(0).get("amountWanYuan").asText());
    assertEquals("990001", root.get("chain").get(0).get("code").asText());
    assertEquals("CN", root.get("chain").get(2).get("code").asText());
  }

  @Test
  void jsonLinesSampleStreamsOneValidReportPerLine() {
    Cli.Result r = real("match", "--detail", sample("firms.jsonl"));
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    for (int i = 0; i < lines.size(); i++) {
      Schemas.assertValidMatchReport(lines.get(i));
      assertTrue(lines.get(i).startsWith("{\"line\":" + (i + 1) + ","), lines.get(i));
    }
    assertEquals("", r.err());
    Golden.check("match-firms.jsonl", r.out());
  }

  @Test
  void malformedLineIsReportedWithItsNumberAndTheRestStillProcessed() {
    Cli.Result r = real("match", "--detail", profile("mixed.jsonl"));
    assertEquals(2, r.exit());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("{\"line\":1,"), lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"line\":5,"), lines.get(1));
    List<String> err = r.err().lines().toList();
    assertEquals(3, err.size(), r.err());
    assertTrue(
        err.get(0)
            .startsWith(
                "policy match: "
                    + profile("mixed.jsonl")
                    + " line 2: Invalid EnterpriseProfile JSON"),
        err.get(0));
    assertTrue(
        err.get(1)
            .startsWith(
                "policy match: "
                    + profile("mixed.jsonl")
                    + " line 4: Unknown jurisdiction: '999999': "
                    + "no province has the code prefix 99"),
        err.get(1));
    assertEquals("policy match: 2 matched, 2 failed", err.get(2));
  }

  @Test
  void jsonlFlagReadsAnyFileAsJsonLines() {
    Cli.Result r = real("match", "--detail", "--jsonl", profile("mixed-lines.txt"));
    assertEquals(2, r.exit());
    assertEquals(2, r.out().lines().count(), r.out());
  }

  @Test
  void jsonLinesCanBePrintedAsText() {
    Cli.Result r = real("match", "--detail", sample("firms.jsonl"), "--format", "text");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("# line 1\nFirm:         蛟河示例食品有限公司 (invented)\n"), r.out());
    assertTrue(r.out().contains("\n# line 4\n"), r.out());
  }

  @Test
  void longRunsReportProgressOnStandardError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("many.jsonl");
    String line = "{\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\"}\n";
    Files.writeString(file, line.repeat(MatchCommand.PROGRESS_EVERY + 1), StandardCharsets.UTF_8);
    Cli.Result r = real("match", "--detail", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(MatchCommand.PROGRESS_EVERY + 1, r.out().lines().count());
    assertEquals("policy match: " + MatchCommand.PROGRESS_EVERY + " profiles processed\n", r.err());
  }

  @Test
  void jsonLinesWithoutAsOfTakeTheOption(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("undated.jsonl");
    Files.writeString(file, "{\"jurisdiction\":\"320831\"}\n", StandardCharsets.UTF_8);
    Cli.Result without = real("match", "--detail", file.toString());
    assertEquals(2, without.exit());
    assertTrue(
        without
            .err()
            .contains("line 1: The profile has no asOf date: give one with --as-of YYYY-MM-DD"),
        without.err());
    Cli.Result with = real("match", "--detail", file.toString(), "--as-of", "2023-06-01");
    assertEquals(0, with.exit(), with.err());
    assertTrue(with.out().contains("\"asOf\":\"2023-06-01\""), with.out());
  }

  @Test
  void byteOrderMarkIsIgnored(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.json");
    Files.writeString(
        file,
        "\uFEFF{\"jurisdiction\":\"320831\",\"asOf\":\"2023-06-01\"}",
        StandardCharsets.UTF_8);
    Cli.Result r = real("match", "--detail", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains(" [320831] → "), r.out());
  }
}
