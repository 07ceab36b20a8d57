package io.github.srdipolicy.cli;

import static io.github.srdipolicy.cli.Cli.fixture;
import static io.github.srdipolicy.cli.Cli.profile;
import static io.github.srdipolicy.cli.Cli.real;
import static io.github.srdipolicy.cli.Cli.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.Standing;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * match's summary (text, JSON, CSV, languages, standard input), rewards, template, ask, the
 * terminal settings.
 */
class SummaryCommandsTest {
  private static final String ESC = "\u001b[";

  @ParameterizedTest
  @ValueSource(strings = {"jiaohe-firm", "jinhu-firm"})
  void summaryLeadsWithTheLaddersAndMatchesItsGolden(String firm) {
    Cli.Result r = real("match", sample(firm + ".json"));
    assertEquals(0, r.exit(), r.err());
    for (String line : r.out().lines().toList()) {
      assertTrue(Text.width(line) <= SummaryText.COLUMNS, "wider than 120 columns: " + line);
    }
    assertFalse(r.out().contains(ESC), "no colour outside a terminal");
    Golden.check("summary-" + firm + ".txt", r.out());
  }

  @Test
  void jiaoheSummaryFitsAboutFortyLinesBottomRungFirst() {
    List<String> lines = real("match", sample("jiaohe-firm.json")).out().lines().toList();
    assertTrue(lines.size() <= 40, lines.size() + " lines");
    for (String line : lines) {
      assertTrue(Text.width(line) <= 120, "wider than 120 columns: " + line);
    }
    assertTrue(lines.get(0).startsWith("蛟河示例精密机械有限公司"), lines.get(0));
    int seed = index(lines, "· jiaohe.seed-enterprise");
    int giant = index(lines, "? cn.little-giant");
    assertTrue(seed < giant, "bottom rung first");
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.matches("  ■ cn\\.innovative-sme +创新型中小企业 +recognised on 2022-08-01")),
        String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("  1. ")), "next questions");
    assertTrue(lines.stream().anyMatch(l -> l.contains("蛟政发〔2022〕4号")), "documents in force");
    assertEquals("Full trace: add --detail", lines.get(lines.size() - 1));
  }

  private static int index(List<String> lines, String needle) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i;
      }
    }
    throw new AssertionError(needle);
  }

  @Test
  void detailKeepsTheFullTrace() {
    Cli.Result r = real("match", sample("jiaohe-firm.json"), "--detail");
    assertTrue(r.out().startsWith("Firm:         "), r.out());
    assertTrue(r.out().lines().count() > 150);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiaohe-firm", "jinhu-firm"})
  void summaryJsonIsAtMost20KbFollowsItsSchemaAndSaysWhatTheAssessmentSays(String firm)
      throws IOException {
    Cli.Result r = real("match", sample(firm + ".json"), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    int bytes = r.out().getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= 20 * 1024, bytes + " bytes");
    Schemas.assertValidSummary(r.out());
    assertFalse(r.out().contains("\"tracks\""), "no trace without --detail");
    // Every tier once with its standing, every clause once, every key a clause of the table.
    EnterpriseProfile p = PolicyJson.readProfile(Files.readString(Path.of(sample(firm + ".json"))));
    Assessment a =
        io.github.srdipolicy.assessment.Assessor.of(Cli.REAL.get())
            .assess(p, p.asOf().orElseThrow());
    com.fasterxml.jackson.databind.JsonNode root = PolicyJson.mapper().readTree(r.out());
    assertEquals(a.tiers().size(), root.get("tiers").size());
    for (io.github.srdipolicy.assessment.TierAssessment t : a.tiers()) {
      com.fasterxml.jackson.databind.JsonNode n = root.get("tiers").get(t.tier().toString());
      assertEquals(t.standing().toString(), n.get("standing").asText());
      assertEquals(t.missingInputs().size(), n.path("missing").size());
      assertEquals(t.shortfalls().size(), n.path("shortfalls").size());
      assertEquals(t.rewards().size(), n.path("rewards").size());
    }
    assertEquals(a.nextQuestions().size(), root.get("nextQuestions").size());
    java.util.Set<String> keys = new java.util.HashSet<>();
    root.get("sources").fieldNames().forEachRemaining(keys::add);
    java.util.Set<String> used = new java.util.HashSet<>(root.findValuesAsText("source"));
    root.findValues("sources")
        .forEach(
            s ->
                s.forEach(
                    k -> {
                      if (k.isTextual()) {
                        used.add(k.asText());
                      }
                    }));
    assertEquals(keys, used, "every clause of the table is used, every key used is in the table");
    List<String> clauses = new ArrayList<>();
    root.get("sources").forEach(s -> clauses.add(s.toString()));
    assertEquals(clauses.size(), clauses.stream().distinct().count(), "each clause once");
    assertEquals(
        Standing.HELD.toString(),
        root.get("tiers").get("cn.innovative-sme").get("standing").asText());
  }

  @Test
  void standardInputIsReadForDash() throws IOException {
    String json = Files.readString(Path.of(sample("jiaohe-firm.json")));
    Cli.Result fromStdin = Cli.withInput(Cli.REAL, json, "match", "-");
    assertEquals(0, fromStdin.exit(), fromStdin.err());
    assertEquals(real("match", sample("jiaohe-firm.json")).out(), fromStdin.out());
    // Every command that reads a profile or a file of them takes '-'.
    for (String[] args :
        List.of(
            new String[] {"rewards"},
            new String[] {"what-if", "-", "rnd-intensity=6"},
            new String[] {"screen", "-", "--as-of", "2023-06-01"})) {
      List<String> withDash = new ArrayList<>(List.of(args));
      if (withDash.size() == 1) {
        withDash.add("-");
      }
      List<String> withFile =
          withDash.stream().map(a -> a.equals("-") ? sample("jiaohe-firm.json") : a).toList();
      String input = args[0].equals("screen") ? json.replace("\n", " ") + "\n" : json;
      Cli.Result viaStdin = Cli.withInput(Cli.REAL, input, withDash.toArray(String[]::new));
      assertEquals(0, viaStdin.exit(), withDash + ": " + viaStdin.err());
      if (!args[0].equals("screen")) {
        assertEquals(
            real(withFile.toArray(String[]::new)).out(), viaStdin.out(), withDash.toString());
      } else {
        assertEquals(1, viaStdin.out().lines().count(), viaStdin.out());
      }
    }
    Cli.Result bad = Cli.withInput(Cli.REAL, "{", "match", "-");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("policy match: -: Invalid EnterpriseProfile JSON"), bad.err());
  }

  @Test
  void languagesChooseTheWords() {
    String zh = real("match", sample("jiaohe-firm.json"), "--lang", "zh").out();
    String en = real("match", sample("jiaohe-firm.json"), "--lang", "en").out();
    assertTrue(zh.contains("已于 2022-08-01 认定"), zh);
    assertFalse(zh.contains("recognised on"), zh);
    assertTrue(en.contains("innovative SME"), en);
    assertTrue(en.contains("recognised on 2022-08-01"), en);
    assertFalse(en.contains("创新型中小企业"), en);
    // Every command takes the option; with en the names are English only.
    Cli.Result explain = real("explain", "cn.little-giant", "--lang", "en");
    assertEquals(0, explain.exit(), explain.err());
    assertFalse(explain.out().contains("专精特新\"小巨人\"企业 (little giant)"), explain.out());
    for (String[] args :
        List.of(
            new String[] {"ladder", "220281"},
            new String[] {"coverage"},
            new String[] {"compare", "--format", "csv"},
            new String[] {"template", "220281", "--as-of", "2023-06-01"})) {
      List<String> withLang = new ArrayList<>(List.of(args));
      withLang.add("--lang");
      withLang.add("zh");
      Cli.Result x = real(withLang.toArray(String[]::new));
      assertEquals(0, x.exit(), String.join(" ", args) + ": " + x.err());
    }
    assertEquals(2, real("match", sample("jiaohe-firm.json"), "--lang", "fr").exit());
  }

  @Test
  void csvIsTidyOneFactPerRow() {
    Cli.Result r = fixture("match", profile("fixture-short.json"), "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    List<List<String>> rows = r.out().lines().map(SummaryCommandsTest::cells).toList();
    assertEquals(SummaryCsv.HEADER, rows.get(0));
    for (List<String> row : rows) {
      assertEquals(SummaryCsv.HEADER.size(), row.size(), row.toString());
    }
    // The giant fails on debt 80% against at most 70%: comparator, amounts and unit in their own
    // columns.
    List<String> debt =
        rows.stream()
            .filter(
                x ->
                    x.get(0).equals("shortfall")
                        && x.get(4).equals("indicator:debt-to-asset-ratio"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.out()));
    assertEquals(List.of("AT_MOST", "80", "70", "10", "PERCENT"), debt.subList(5, 10));
    assertEquals("测试发〔2024〕1号", debt.get(14));
    assertTrue(
        rows.stream().anyMatch(x -> x.get(0).equals("missing") && x.get(2).equals("fake.pool")));
  }

  /** Splits one CSV line, with quoted cells. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void rewardsByFunderUnderTheStackingRules(@TempDir Path dir) throws IOException {
    Path firm = dir.resolve("held.json");
    Files.writeString(
        firm,
        "{\"name\":\"held\",\"jurisdiction\":\"990001\",\"asOf\":\"2024-12-31\",\"tiers\":["
            + "{\"tier\":\"fake.pool\",\"recognised\":\"2024-03-01\"},{\"tier\":\"fake.giant\",\"recognised\":\"2024-09-01\"}]}");
    Cli.Result r = fixture("rewards", firm.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("✓ due"), r.out());
    assertTrue(r.out().contains("✗ withheld"), r.out());
    assertTrue(r.out().contains("HIGHEST_LEVEL_ONCE"), r.out());
    assertTrue(r.out().contains("[测试发〔2024〕1号 "), r.out());
    assertTrue(r.out().contains("Total due: 20万元"), r.out());
    Cli.Result csv = fixture("rewards", firm.toString(), "--format", "csv");
    assertEquals(3, csv.out().lines().count(), csv.out());
    assertTrue(csv.out().lines().skip(1).allMatch(l -> cells(l).size() == 13), csv.out());
    Cli.Result json = fixture("rewards", firm.toString(), "--format", "json");
    assertTrue(json.out().contains("\"due\" : true"), json.out());
  }

  @Test
  void templateListsEveryInputAndWritesASkeleton(@TempDir Path dir) throws IOException {
    Cli.Result r = fixture("template", "990001", "--as-of", "2024-06-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("indicator:debt-to-asset-ratio  [number, % PERCENT, 0…]"), r.out());
    assertTrue(r.out().contains("declaration:well-managed  [yes_no: yes / no (是 / 否)]"), r.out());
    assertTrue(r.out().contains("read by fake.giant"), r.out());
    Path out = dir.resolve("firm.json");
    Cli.Result w = fixture("template", "990001", "--as-of", "2024-06-01", "--out", out.toString());
    assertEquals(0, w.exit(), w.err());
    EnterpriseProfile skeleton = PolicyJson.readProfile(Files.readString(out));
    assertEquals("990001", skeleton.jurisdiction().toString());
    assertTrue(skeleton.values().isEmpty());
    assertEquals(r.out(), Files.readString(dir.resolve("firm.json.questions.txt")));
    assertEquals(2, fixture("template", "999999", "--as-of", "2024-06-01").exit());
  }

  @Test
  void askReadsAnswersChecksThemAndWritesTheProfile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("answered.json");
    // First answer the first question badly, then skip, then answer everything else with
    // "yes"/numbers.
    StringBuilder answers = new StringBuilder("lots\n\n");
    for (int i = 0; i < 30; i++) {
      answers.append(i % 2 == 0 ? "1\n" : "yes\n");
    }
    Cli.Result r =
        Cli.withInput(
            Cli.FIXTURE,
            answers.toString(),
            "ask",
            "--jurisdiction",
            "990001",
            "--as-of",
            "2024-06-01",
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("[1] "), r.out());
    assertTrue(r.out().contains("try again"), r.out());
    assertTrue(r.out().contains("skipped"), r.out());
    assertTrue(r.out().contains("Profile written to " + out), r.out());
    EnterpriseProfile p = PolicyJson.readProfile(Files.readString(out));
    assertFalse(p.values().isEmpty() && p.declarations().isEmpty(), Files.readString(out));
    assertEquals(
        2, Cli.withInput(Cli.FIXTURE, "", "ask").exit(), "PROFILE or --jurisdiction is required");
  }

  @Test
  void colourOnlyOnATerminalAndNotWithNoColour() {
    try {
      Terminal.configure(false, Map.of());
      assertFalse(Terminal.colour);
      Terminal.configure(true, Map.of("NO_COLOR", "1"));
      assertFalse(Terminal.colour);
      Terminal.configure(true, Map.of("LANG", "en_US.UTF-8"));
      assertTrue(Terminal.colour);
      assertTrue(Terminal.unicode);
      assertTrue(Terminal.mark(Standing.ELIGIBLE).startsWith(ESC));
      Terminal.configure(true, Map.of("LANG", "C"));
      assertFalse(Terminal.unicode);
      assertTrue(Terminal.mark(Standing.NOT_ELIGIBLE).contains("x"));
      Terminal.configure(true, Map.of("LC_ALL", "zh_CN.GB18030", "LANG", "en_US.UTF-8"));
      assertFalse(Terminal.unicode, "LC_ALL comes first");
    } finally {
      Terminal.colour = false;
      Terminal.unicode = true;
    }
    StringWriter w = new StringWriter();
    try (java.io.PrintWriter p = new java.io.PrintWriter(Terminal.ascii(w))) {
      p.print("✓ a ✗ b ? c ■ d · e │ ├ └ →");
    }
    assertEquals("+ a x b ? c # d . e | + ` >", w.toString());
  }
}
