package io.github.srdipolicy.cli;

import static io.github.srdipolicy.cli.Cli.fixture;
import static io.github.srdipolicy.cli.Cli.profile;
import static io.github.srdipolicy.cli.Cli.real;
import static io.github.srdipolicy.cli.Cli.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.json.PolicyJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy what-if}: what changes is what matching the edited profile gives. */
class WhatIfCommandTest {
  @Test
  void changedTiersAreThoseOfTheEditedProfile(@TempDir Path dir) throws Exception {
    Cli.Result r =
        fixture(
            "what-if", profile("fixture-short.json"), "debt-to-asset-ratio=60%", "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    List<List<String>> rows = r.out().lines().map(SummaryCommandsTest::cells).toList();
    assertEquals(WhatIfCommand.CSV_HEADER, rows.get(0));
    List<String> giant =
        rows.stream()
            .filter(x -> x.get(0).equals("fake.giant"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.out()));
    assertEquals("NOT_ELIGIBLE", giant.get(1));

    // The same profile with the value edited by hand, matched: the standing after must be its
    // standing.
    String edited =
        Files.readString(Path.of(profile("fixture-short.json")), StandardCharsets.UTF_8)
            .replace(
                "\"debt-to-asset-ratio\":{\"amount\":\"80\"",
                "\"debt-to-asset-ratio\":{\"amount\":\"60\"");
    assertNotEquals(
        Files.readString(Path.of(profile("fixture-short.json")), StandardCharsets.UTF_8), edited);
    Path file = dir.resolve("edited.json");
    Files.writeString(file, edited, StandardCharsets.UTF_8);
    Cli.Result matched = fixture("match", file.toString(), "--format", "json");
    assertEquals(0, matched.exit(), matched.err());
    JsonNode after = PolicyJson.mapper().readTree(matched.out()).get("tiers");
    assertEquals(after.get("fake.giant").get("standing").asText(), giant.get(2));
    // Every changed row differs before and after; nothing else is listed.
    JsonNode before =
        PolicyJson.mapper()
            .readTree(fixture("match", profile("fixture-short.json"), "--format", "json").out())
            .get("tiers");
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(before.get(row.get(0)).get("standing").asText(), row.get(1));
      assertEquals(after.get(row.get(0)).get("standing").asText(), row.get(2));
      assertTrue(!row.get(1).equals(row.get(2)) || !row.get(3).equals(row.get(4)), row.toString());
    }
  }

  @Test
  void textNamesTheChangeAndEachTierBeforeAndAfter() {
    Cli.Result r =
        fixture(
            "what-if",
            profile("fixture-short.json"),
            "indicator:debt-to-asset-ratio=60",
            "--lang",
            "en");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .startsWith(
                "fixture firm B · as of 2024-06-01\nWhat if indicator:debt-to-asset-ratio = 60%:\n"),
        r.out());
    assertTrue(r.out().contains(" fake.giant\n      before: "), r.out());
    assertTrue(r.out().contains("\n      after:  "), r.out());
  }

  @Test
  void jsonHoldsTheAnswersAndTheChangesOnly() throws Exception {
    Cli.Result r =
        fixture(
            "what-if", profile("fixture-short.json"), "debt-to-asset-ratio=60", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = PolicyJson.mapper().readTree(r.out());
    assertEquals("indicator:debt-to-asset-ratio", root.get("changes").get(0).get("input").asText());
    assertTrue(root.get("changed").size() >= 1, r.out());
    assertTrue(
        root.get("before") == null && root.get("after") == null, "not the two whole assessments");
  }

  @Test
  void aValueThatChangesNothingSaysSo() {
    // The firm already has 3 invention patents; saying so again changes nothing.
    Cli.Result r = fixture("what-if", profile("fixture-short.json"), "invention-patents=3");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("no tier changes its standing or its line"), r.out());
  }

  @Test
  void badSettingsAreUserErrorsNamingTheInput() {
    Cli.Result unknown = fixture("what-if", profile("fixture-short.json"), "no-such-input=1");
    assertEquals(2, unknown.exit());
    assertTrue(
        unknown
            .err()
            .startsWith(
                "policy what-if: No tier in force for 990001 on 2024-06-01 reads 'no-such-input'"),
        unknown.err());
    Cli.Result notNumber =
        fixture("what-if", profile("fixture-short.json"), "debt-to-asset-ratio=much");
    assertEquals(2, notNumber.exit());
    assertTrue(
        notNumber.err().contains("indicator:debt-to-asset-ratio: 'much' is not a number"),
        notNumber.err());
    Cli.Result noEquals = fixture("what-if", profile("fixture-short.json"), "debt-to-asset-ratio");
    assertEquals(2, noEquals.exit());
    assertTrue(noEquals.err().contains("is not INPUT=VALUE"), noEquals.err());
    assertEquals(
        2, fixture("what-if", profile("fixture-short.json")).exit(), "at least one INPUT=VALUE");
  }

  @Test
  void realSampleMatchesItsGolden() {
    Cli.Result r =
        real(
            "what-if",
            sample("jiaohe-firm.json"),
            "rnd-intensity-each-2y=6%",
            "main-business-growth-avg-2y=10",
            "--lang",
            "en");
    assertEquals(0, r.exit(), r.err());
    for (String line : r.out().lines().toList()) {
      assertTrue(Text.width(line) <= SummaryText.COLUMNS, "wider than 120 columns: " + line);
    }
    assertTrue(r.out().contains(" cn.little-giant\n"), r.out());
    Golden.check("what-if-jiaohe.txt", r.out());
  }
}
