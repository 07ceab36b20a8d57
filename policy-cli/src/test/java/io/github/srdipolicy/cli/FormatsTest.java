package io.github.srdipolicy.cli;

import static io.github.srdipolicy.cli.Cli.fixture;
import static io.github.srdipolicy.cli.Cli.real;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.catalog.Coverage;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared {@code --format text|json|csv} of explain, ladder and coverage: JSON reads back, CSV
 * is tidy.
 */
class FormatsTest {
  private static List<List<String>> rows(String csv) {
    return csv.lines().map(SummaryCommandsTest::cells).toList();
  }

  private static void assertRectangular(List<List<String>> rows, List<String> header) {
    assertEquals(header, rows.get(0));
    for (List<String> row : rows) {
      assertEquals(header.size(), row.size(), row.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"explain", "ladder", "coverage", "rewards", "template", "match"})
  void everyCommandTakesTheSameFormatOption(String command) {
    Cli.Result r = real(command, "--help");
    assertTrue(r.out().contains("--format=FORMAT"), r.out());
    Cli.Result bad = real(command, "--format", "yaml");
    assertEquals(2, bad.exit(), bad.err());
  }

  @Test
  void explainCsvHasOneLeafConditionPerRowWithTheBoundInItsOwnColumns() {
    Cli.Result r = fixture("explain", "fake.giant", "--format", "csv", "--lang", "en");
    assertEquals(0, r.exit(), r.err());
    List<List<String>> rows = rows(r.out());
    assertRectangular(rows, ExplainCommand.CSV_HEADER);
    List<String> debt =
        rows.stream()
            .filter(
                x ->
                    x.get(1).equals("fake.giant.criteria")
                        && x.get(5).equals("debt-to-asset-ratio"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.out()));
    assertEquals(
        List.of("comparison", "debt-to-asset-ratio", "AT_MOST", "70", "PERCENT"),
        debt.subList(4, 9));
    assertEquals("测试发〔2024〕1号", debt.get(9));
    // A banded leaf names its band in the scope; a tier condition names the tier.
    assertTrue(
        rows.stream()
            .anyMatch(
                x ->
                    x.get(3).contains("when ≥ 10000万元")
                        && x.get(5).equals("rnd-intensity")
                        && x.get(7).equals("3")),
        r.out());
    assertTrue(
        rows.stream().anyMatch(x -> x.get(4).equals("holds-tier") && x.get(5).equals("fake.pool")),
        r.out());
    assertTrue(
        rows.stream().anyMatch(x -> x.get(1).equals("fake2.giant.criteria")),
        "every document without --as-of");
  }

  @Test
  void explainJsonCarriesTheTierAndEachCriteriaInTheModelsForm() throws Exception {
    Cli.Result r = fixture("explain", "fake.giant", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = PolicyJson.mapper().readTree(r.out());
    Tier tier = PolicyJson.mapper().treeToValue(root.get("tier"), Tier.class);
    assertEquals("fake.giant", tier.id().toString());
    assertEquals(2, root.get("criteria").size(), r.out());
    assertEquals("测试发〔2024〕1号", root.get("criteria").get(0).get("document").asText());
    assertEquals(
        "fake.giant.criteria", root.get("criteria").get(0).get("criteria").get("id").asText());
    // The JSON is the same whatever --lang: both languages.
    assertEquals(
        r.out(), fixture("explain", "fake.giant", "--format", "json", "--lang", "en").out());
  }

  @Test
  void ladderCsvAndJsonGiveTheRungsBottomUp() throws Exception {
    Cli.Result csv = fixture("ladder", "990001", "--format", "csv");
    assertEquals(0, csv.exit(), csv.err());
    List<List<String>> rows = rows(csv.out());
    assertRectangular(rows, LadderCommand.CSV_HEADER);
    List<List<String>> rungs = rows.stream().filter(x -> x.get(0).equals("rung")).toList();
    assertEquals(
        List.of("fake.pool", "fake.giant", "cn.little-giant"),
        rungs.stream().map(x -> x.get(3)).toList());
    assertEquals(List.of("1", "2", "3"), rungs.stream().map(x -> x.get(2)).toList());
    assertEquals("fake.pool", rungs.get(1).get(7), "prerequisite in its own column");

    Cli.Result json = fixture("ladder", "990001", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    JsonNode root = PolicyJson.mapper().readTree(json.out());
    assertEquals("990001", root.get("chain").get(0).asText());
    JsonNode firstLadder = root.get("ladders").get(0);
    assertEquals("fake.pool", firstLadder.get("rungs").get(0).asText(), json.out());
    assertEquals(
        rows.stream().filter(x -> x.get(0).equals("tier")).count(), root.get("tiers").size());
  }

  @Test
  void realLadderAndExplainCsvMatchGoldens() {
    Golden.check("ladder-320831.csv", real("ladder", "320831", "--format", "csv").out());
    Golden.check(
        "explain-cn.little-giant.csv", real("explain", "cn.little-giant", "--format", "csv").out());
  }

  @Test
  void coverageCsvAndJsonCountTheSameClauses() throws Exception {
    Cli.Result csv = fixture("coverage", "--format", "csv");
    assertEquals(0, csv.exit(), csv.err());
    List<List<String>> rows = rows(csv.out());
    assertEquals(9, rows.get(0).size());
    List<String> doc1 =
        rows.stream().filter(x -> x.get(0).equals(FixturePolicy.DOC1)).findFirst().orElseThrow();
    assertEquals(List.of("990001", "COMPLETE", "4", "4", "0", "0"), doc1.subList(1, 7));

    Cli.Result json = fixture("coverage", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    Coverage[] all = PolicyJson.read(json.out(), Coverage[].class);
    assertEquals(rows.size() - 1, all.length);
    Coverage c =
        java.util.Arrays.stream(all)
            .filter(x -> x.document().toString().equals(FixturePolicy.DOC1))
            .findFirst()
            .orElseThrow();
    assertEquals(4, c.clauses());
    assertEquals(Integer.parseInt(doc1.get(7)), c.facts());
    Golden.check("coverage.csv", real("coverage", "--format", "csv").out());
  }
}
