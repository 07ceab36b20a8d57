package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.testing.FakePolicy;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesScreeningTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private static final Catalog CATALOG = Catalog.of(new FakePolicy());
  private static final Screener SCREENER = Screener.of(CATALOG, DAY);

  @Test
  void badLinesAreReportedWithTheirNumbers_andTheRestIsScreened() throws IOException {
    PopulationGenerator gen =
        PopulationGenerator.forScreener(
            SCREENER,
            CATALOG.indicators(),
            List.of(FakePolicy.COUNTY, FakePolicy.PROVINCE),
            7,
            0.2);
    EnterpriseProfile first = gen.profile(0);
    EnterpriseProfile third = gen.profile(1);
    String input =
        compact(first)
            + "\n"
            + "{not json\n"
            + compact(third)
            + "\n"
            + "\n"
            + "{\"jurisdiction\":\"990001\",\"values\":{\"no-such-indicator\":{\"amount\":\"1\",\"unit\":\"YUAN\"}}}\n"
            + "{\"jurisdiction\":\"980000\"}\n";
    StringWriter out = new StringWriter();
    List<String> errors = new ArrayList<>();
    JsonLinesScreening.Summary summary =
        JsonLinesScreening.run(
            new BufferedReader(new StringReader(input)),
            out,
            SCREENER,
            DAY,
            2,
            (line, message) -> errors.add(line + ": " + message),
            lines -> {});

    assertEquals(new JsonLinesScreening.Summary(6, 2, 3), summary);
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("2: "), errors.toString());
    assertTrue(
        errors.get(1).startsWith("5: ") && errors.get(1).contains("no-such-indicator"),
        errors.toString());
    assertTrue(
        errors.get(2).startsWith("6: ") && errors.get(2).contains("980000"), errors.toString());

    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length);
    JsonNode a = PolicyJson.mapper().readTree(lines[0]);
    JsonNode b = PolicyJson.mapper().readTree(lines[1]);
    assertEquals(1, a.get("line").asInt());
    assertEquals(3, b.get("line").asInt());
    assertOutcomes(first, a);
    assertOutcomes(third, b);
  }

  private static void assertOutcomes(EnterpriseProfile firm, JsonNode line) {
    var reports = CATALOG.match(firm, DAY);
    assertEquals(reports.size(), line.get("outcomes").size());
    for (var r : reports) {
      assertEquals(r.outcome().name(), line.get("outcomes").get(r.criteria().toString()).asText());
    }
  }

  private static String compact(EnterpriseProfile p) {
    return PolicyJson.write(p).replace("\n", "");
  }

  /**
   * 100,000 firms through a JVM with a 64 MB heap: memory stays flat because only one chunk of
   * lines is held at a time.
   */
  @Test
  void hundredThousandFirms_inA64MegabyteHeap(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("firms.jsonl");
    PopulationGenerator gen =
        PopulationGenerator.forScreener(
            SCREENER,
            CATALOG.indicators(),
            List.of(FakePolicy.COUNTY, FakePolicy.PROVINCE),
            11,
            0.15);
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 100_000; i++) {
        w.write(compact(gen.profile(i)));
        w.write('\n');
      }
    }
    Path output = dir.resolve("outcomes.jsonl");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                StreamingMain.class.getName(),
                input.toString(),
                output.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "timed out: " + log);
    assertEquals(0, child.exitValue(), log);
    assertTrue(log.contains("firms=100000 errors=0"), log);
    try (var lines = Files.lines(output)) {
      assertEquals(100_000, lines.count());
    }
  }

  /** The child process of the bounded-heap test. */
  public static final class StreamingMain {
    private StreamingMain() {}

    public static void main(String[] args) throws IOException {
      try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]));
          BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
        JsonLinesScreening.Summary s =
            JsonLinesScreening.run(
                in,
                out,
                SCREENER,
                DAY,
                4096,
                (line, message) -> System.out.println("error " + line + ": " + message),
                lines -> {});
        System.out.println(
            "firms="
                + s.firms()
                + " errors="
                + s.errors()
                + " maxHeapMb="
                + Runtime.getRuntime().maxMemory() / (1 << 20));
      }
    }
  }
}
