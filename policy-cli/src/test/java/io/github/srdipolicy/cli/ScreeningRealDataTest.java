package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.screening.PopulationGenerator;
import io.github.srdipolicy.screening.Screener;
import io.github.srdipolicy.screening.ScreeningResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The compiled screener agrees with the explained engine on every real criteria of the catalogue.
 */
class ScreeningRealDataTest {
  private static final Catalog CATALOG = Cli.REAL.get();
  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2018, 9, 1),
          LocalDate.of(2022, 5, 1),
          LocalDate.of(2023, 6, 1),
          LocalDate.of(2024, 6, 1),
          LocalDate.of(2026, 6, 1));
  private static final List<Screener> SCREENERS =
      DATES.stream().map(d -> Screener.of(CATALOG, d)).toList();

  @Property(tries = 10_000)
  @Label(
      "screening and match give the same outcome for a random firm, every real criteria, on several dates")
  void identicalOnRealCriteria(
      @ForAll @LongRange(min = 0, max = 1_000_000) long firm,
      @ForAll @IntRange(min = 0, max = 4) int dateIndex,
      @ForAll @IntRange(min = 0, max = 3) int missingTenths) {
    LocalDate date = DATES.get(dateIndex);
    Screener screener = SCREENERS.get(dateIndex);
    PopulationGenerator gen =
        PopulationGenerator.forScreener(
            screener,
            CATALOG.indicators(),
            CATALOG.jurisdictions().stream().map(Jurisdiction::code).toList(),
            42,
            missingTenths / 10.0);
    EnterpriseProfile profile = gen.profile(firm);
    ScreeningResult result = screener.screen(List.of(profile), date);
    List<EligibilityReport> reports = CATALOG.match(profile, date);
    long applicable = 0;
    for (int c = 0; c < result.criteria().size(); c++) {
      if (result.applies(0, c)) {
        applicable++;
        EligibilityReport r = CATALOG.evaluator().evaluate(result.criteria().get(c), profile, date);
        assertEquals(
            r.outcome(),
            result.outcome(0, c).orElseThrow(),
            result.criteria().get(c).id().toString());
      }
    }
    assertEquals(
        reports.size(), applicable, "the screener covers exactly the criteria match evaluates");
  }

  @Test
  void aMixedPopulation_isScreenedAsMatchWouldForEachFirm() {
    LocalDate date = DATES.get(2);
    Screener screener = SCREENERS.get(2);
    PopulationGenerator gen =
        PopulationGenerator.forScreener(
            screener,
            CATALOG.indicators(),
            CATALOG.jurisdictions().stream().map(Jurisdiction::code).toList(),
            7,
            0.15);
    List<EnterpriseProfile> firms =
        java.util.stream.IntStream.range(0, 3000).mapToObj(gen::profile).toList();
    ScreeningResult result = screener.screen(firms, date);
    for (int firm = 0; firm < firms.size(); firm++) {
      List<EligibilityReport> reports = CATALOG.match(firms.get(firm), date);
      int applicable = 0;
      for (int c = 0; c < result.criteria().size(); c++) {
        if (result.applies(firm, c)) {
          applicable++;
          EligibilityReport expected =
              CATALOG.evaluator().evaluate(result.criteria().get(c), firms.get(firm), date);
          assertEquals(expected.outcome(), result.outcome(firm, c).orElseThrow(), "firm " + firm);
        }
      }
      assertEquals(reports.size(), applicable, "firm " + firm);
    }
  }

  @Test
  void screenCommand_listsTheOutcomesOfMatch_forEachSampleFirm(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Cli.Result r = Cli.real("screen", Cli.sample("firms.jsonl"), "--as-of", "2023-06-01");
    assertEquals(0, r.exit(), r.err());
    List<String> inputs =
        Files.readAllLines(Path.of(Cli.sample("firms.jsonl"))).stream()
            .filter(l -> !l.isBlank())
            .toList();
    String[] lines = r.out().split("\n");
    assertEquals(inputs.size(), lines.length, r.out());
    for (int i = 0; i < lines.length; i++) {
      JsonNode line = PolicyJson.mapper().readTree(lines[i]);
      EnterpriseProfile p = PolicyJson.readProfile(inputs.get(i));
      List<EligibilityReport> reports = CATALOG.match(p, LocalDate.of(2023, 6, 1));
      assertEquals(reports.size(), line.get("outcomes").size());
      for (EligibilityReport rep : reports) {
        assertEquals(
            rep.outcome().name(), line.get("outcomes").get(rep.criteria().toString()).asText());
      }
    }
    assertTrue(r.err().contains("screened " + inputs.size() + " firms, 0 bad lines"), r.err());

    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, inputs.get(0) + "\n{oops\n");
    Cli.Result withBad = Cli.real("screen", bad.toString(), "--as-of", "2023-06-01");
    assertEquals(2, withBad.exit());
    assertTrue(withBad.err().contains("line 2: "), withBad.err());
    assertEquals(1, withBad.out().split("\n").length);
  }
}
