package io.github.srdipolicy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a JMH JSON result file into {@code RESULTS.md}: the machine, the JDK, every figure, the
 * screening throughput in firms per second beside the memory-bandwidth ceiling, the ratios to
 * Drools on the exported DMN, and each target beside its figure.
 */
public final class ResultsReport {
  private ResultsReport() {}

  /** One JMH result: score, error and median (for sample mode) in the benchmark's unit. */
  private static final class Figure {
    double score;
    double error;
    double median;
    double min;
    String unit;
  }

  /**
   * Writes the report.
   *
   * @param args the JMH JSON result file, the Markdown file to write, and optionally the load
   *     averages of the machine before and after the run and the JMH JSON result file of an
   *     earlier build run in the same session
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    md.append("Written by `benchmarks/run.sh` on ").append(LocalDate.now()).append(". JMH ")
        .append(results.size() > 0 ? results.get(0).path("jmhVersion").asText() : "?")
        .append(", every fork with `-XX:+AlwaysPreTouch` and a fixed heap.\n\n");
    md.append("## Machine\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| CPU | ").append(cpuModel().orElse("unknown")).append(" |\n");
    md.append("| cores available to the JVM | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
    md.append("| memory | ").append(memory().orElse("unknown")).append(" |\n");
    md.append("| OS | ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append(' ').append(System.getProperty("os.arch")).append(" |\n");
    if (results.size() > 0) {
      md.append("| JDK | ").append(results.get(0).path("vmName").asText()).append(' ')
          .append(results.get(0).path("jdkVersion").asText()).append(" |\n");
    }
    if (args.length > 2) {
      md.append("| load average (1, 5, 15 min) before / after the run | ").append(args[2]).append(" |\n");
    }
    md.append("\n## Figures\n\n");
    md.append("| benchmark | params | mode | score | error (99.9%) | unit | median |\n|---|---|---|---:|---:|---|---:|\n");
    Map<String, Figure> figures = new HashMap<>();
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText().replaceAll(".*\\.benchmarks\\.", "");
      JsonNode m = r.path("primaryMetric");
      String params = r.has("params") ? r.get("params").toString().replaceAll("[{}\"]", "") : "";
      JsonNode median = m.path("scorePercentiles").path("50.0");
      md.append("| ").append(name).append(" | ").append(params).append(" | ").append(r.path("mode").asText())
          .append(" | ").append(fmt(m.path("score").asDouble())).append(" | ").append(fmt(m.path("scoreError").asDouble()))
          .append(" | ").append(m.path("scoreUnit").asText()).append(" | ")
          .append(median.isMissingNode() ? "" : fmt(median.asDouble())).append(" |\n");
      Figure f = new Figure();
      f.score = m.path("score").asDouble();
      f.error = m.path("scoreError").asDouble();
      f.median = median.isMissingNode() ? f.score : median.asDouble();
      f.min = m.path("scorePercentiles").path("0.0").asDouble(f.median);
      f.unit = m.path("scoreUnit").asText();
      figures.put(name + (params.isEmpty() ? "" : " " + params), f);
    }

    // Memory bandwidth ceiling, bytes per second by thread count.
    double[] bandwidth = new double[3];
    for (int threads = 1; threads <= 2; threads++) {
      Figure f = figures.get("BandwidthBenchmark.read threads:" + threads);
      if (f != null) {
        bandwidth[threads] = BandwidthBenchmark.BYTES / (f.min / 1000.0);
      }
    }
    md.append("\n## Screening throughput and the memory-bandwidth ceiling\n\n"
        + "A synthetic population (15% of values missing; firms: see the size parameter above) against every criteria of every "
        + "document in force on ").append(Fixtures.DATE).append(". `spread`: firms over every jurisdiction, each "
        + "screened against the criteria of its chain; `jiaohe`: every firm in 蛟河市, against the criteria of its "
        + "chain. Bytes per firm: the columns those criteria read (a known bit each, the bits of its code, stored bit-sliced, and 8 bytes of value per slot read raw: the summands of sums). The "
        + "ceiling is `BandwidthBenchmark` (a Java loop summing 256 MiB of longs) on as many threads.\n\n"
        + "Firms per second from the median time per screening (± from JMH's error on the mean), and from the "
        + "fastest sample (the least disturbed by other processes); bandwidth figures from the fastest.\n\n"
        + "| firms | criteria | threads | firms/s, median (±) | firms/s, fastest | bytes per firm | GB/s read | ceiling GB/s | share of the ceiling |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double spread2 = 0;
    double spread2Fastest = 0;
    double spread1 = 0;
    for (String population : new String[] {"spread", "jiaohe"}) {
      double[] read = ScreeningBenchmark.columnsRead(population);
      for (int threads = 1; threads <= 2; threads++) {
        String prefix = "ScreeningBenchmark.screenAll firms:" + population + ",size:";
        String suffix = ",threads:" + threads;
        Map.Entry<String, Figure> e = figures.entrySet().stream()
            .filter(x -> x.getKey().startsWith(prefix) && x.getKey().endsWith(suffix)).findFirst().orElse(null);
        if (e == null) {
          continue;
        }
        Figure f = e.getValue();
        int size = Integer.parseInt(e.getKey().substring(prefix.length(), e.getKey().length() - suffix.length()));
        double perSecond = size / (f.median / 1000.0);
        double low = size / ((f.median + f.error) / 1000.0);
        double fastest = size / (f.min / 1000.0);
        double gbs = fastest * read[1] / 1e9;
        if (population.equals("spread")) {
          if (threads == 2) {
            spread2 = perSecond;
            spread2Fastest = fastest;
          } else {
            spread1 = perSecond;
          }
        }
        md.append("| ").append(population).append(" | ").append((int) read[0]).append(" | ").append(threads).append(" | ")
            .append(String.format(Locale.ROOT, "%,.0f (± %,.0f)", perSecond, perSecond - low)).append(" | ")
            .append(String.format(Locale.ROOT, "%,.0f", fastest)).append(" | ")
            .append(String.format(Locale.ROOT, "%.0f", read[1])).append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", gbs)).append(" | ")
            .append(bandwidth[threads] > 0 ? String.format(Locale.ROOT, "%.1f", bandwidth[threads] / 1e9) : "?").append(" | ")
            .append(bandwidth[threads] > 0 ? String.format(Locale.ROOT, "%.1f%%", 100 * gbs * 1e9 / bandwidth[threads]) : "?")
            .append(" |\n");
      }
    }

    md.append("\n## The peer: Drools DMN on the exported model\n\n"
        + "`PeerBenchmark`: one firm per operation, cycling over 2,048 generated firms (15% missing, spread over "
        + "every jurisdiction), in the same JVM: the library's outcome-only path, its explained path (trace, "
        + "missing inputs, gaps), and Drools (`kie-dmn-core`) evaluating the same decisions of the DMN model "
        + "`policy export --format dmn` generates (one flat FEEL expression per criteria), inputs built from the "
        + "profile inside the measurement. `two`: the national little giant and innovative SME criteria; "
        + "`applicable`: every criteria in force that applies to the firm. Setup checks that Drools and the "
        + "library agree on every firm. Medians, µs per firm.\n\n"
        + "| criteria | library outcome only | library explained | Drools | Drools / outcome only | Drools / explained |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    Map<String, Double> ratio = new HashMap<>();
    double droolsApplicable = 0;
    for (String set : new String[] {"two", "applicable"}) {
      Figure outcome = figures.get("PeerBenchmark.libraryOutcomeOnly criteria:" + set);
      Figure explained = figures.get("PeerBenchmark.libraryExplained criteria:" + set);
      Figure drools = figures.get("PeerBenchmark.drools criteria:" + set);
      if (outcome == null || explained == null || drools == null) {
        continue;
      }
      ratio.put(set, drools.median / outcome.median);
      if (set.equals("applicable")) {
        droolsApplicable = drools.median;
      }
      md.append("| ").append(set).append(" | ").append(fmt(outcome.median)).append(" | ").append(fmt(explained.median))
          .append(" | ").append(fmt(drools.median)).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f×", drools.median / outcome.median)).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f×", drools.median / explained.median)).append(" |\n");
    }
    if (droolsApplicable > 0 && spread1 > 0) {
      double droolsPerSecond = 1e6 / droolsApplicable;
      md.append(String.format(Locale.ROOT, "%nScreener against Drools, the whole catalogue on one thread: %,.0f against "
          + "%,.0f firms per second (Drools's median time per firm over the applicable criteria), %.0f×.%n",
          spread1, droolsPerSecond, spread1 / droolsPerSecond));
    }

    Figure explainOne = figures.get("SingleFirmBenchmark.explainOneTier");
    Figure outcomeOne = figures.get("SingleFirmBenchmark.outcomeOneTier");
    Figure loadWarm = figures.get("CatalogLoadBenchmark.loadWarm");
    Figure loadCold = figures.get("CatalogLoadBenchmark.loadCold");
    md.append("\n## Targets\n\n| what | target | measured | met |\n|---|---|---|---|\n");
    md.append("| screener, whole catalogue, firms spread, 2 threads | ≥ 15,000,000 firms/s | ")
        .append(String.format(Locale.ROOT, "%,.0f firms/s median, %,.0f fastest", spread2, spread2Fastest)).append(" | ")
        .append(spread2 >= 15e6 ? "yes" : spread2Fastest >= 15e6 ? "fastest sample only" : "no")
        .append(" |\n");
    for (String set : new String[] {"two", "applicable"}) {
      if (ratio.containsKey(set)) {
        md.append("| outcome-only against Drools's generated flat model (").append(set).append(") | ≥ 3× | ")
            .append(String.format(Locale.ROOT, "%.1f×", ratio.get(set))).append(" | ")
            .append(ratio.get(set) >= 3 ? "yes" : "no").append(" |\n");
      }
    }
    if (explainOne != null) {
      md.append("| one tier explained with its trace (national little giant, a Jiaohe firm) | ≤ 5 µs median | ")
          .append(fmt(explainOne.median)).append(" µs (outcome only: ")
          .append(outcomeOne == null ? "?" : fmt(outcomeOne.median)).append(" µs) | ")
          .append(explainOne.median <= 5 ? "yes" : "no").append(" |\n");
    }
    if (loadWarm != null && loadCold != null) {
      md.append("| catalogue load | ≤ 30 ms | warm JVM: ").append(fmt(loadWarm.median)).append(" ms; first load in a "
          + "fresh JVM, class loading included: ").append(fmt(loadCold.median)).append(" ms | ")
          .append(loadWarm.median <= 30 ? "yes (warm)" : "no").append(" |\n");
    }
    if (args.length > 3) {
      baseline(md, new ObjectMapper().readTree(Path.of(args[3]).toFile()), figures);
    }
    md.append("\nThe error column is JMH's 99.9% confidence half-width over the measured iterations. The machine is "
        + "shared (the load averages above): figures taken while other processes run are noisy, by 10% or more "
        + "from run to run; compare runs of the same machine only.\n");
    Files.writeString(Path.of(args[1]), md.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Before and after: the earlier build's screening and one-tier figures, run right after this
   * build's in the same session, matched by benchmark and parameters (medians of sample mode).
   */
  private static void baseline(StringBuilder md, JsonNode before, Map<String, Figure> after) {
    md.append("\n## Before and after, in the same session\n\nThe build before this work (its own benchmark code, "
        + "same annotations and forks) run right after the figures above, on the same machine and load.\n\n"
        + "| what | params | before (median) | after (median) | after / before |\n|---|---|---:|---:|---:|\n");
    for (JsonNode r : before) {
      String name = r.path("benchmark").asText().replaceAll(".*\\.benchmarks\\.", "");
      String params = r.has("params") ? r.get("params").toString().replaceAll("[{}\"]", "") : "";
      JsonNode m = r.path("primaryMetric");
      double was = m.path("scorePercentiles").path("50.0").asDouble(m.path("score").asDouble());
      Figure now = after.get(name + (params.isEmpty() ? "" : " " + params));
      if (name.equals("ScreeningBenchmark.screenAll")) {
        double size = r.path("params").path("size").asDouble();
        double firmsBefore = size / (was / 1000.0);
        md.append(String.format(Locale.ROOT, "| screener, firms/s | %s | %,.0f | %s | %s |%n", params, firmsBefore,
            now == null ? "?" : String.format(Locale.ROOT, "%,.0f", size / (now.median / 1000.0)),
            now == null ? "?" : String.format(Locale.ROOT, "%.2f×", was / now.median)));
      } else if (name.equals("SingleFirmBenchmark.explainOneTier")) {
        md.append("| one tier explained, µs | | ").append(fmt(was)).append(" | ")
            .append(now == null ? "?" : fmt(now.median)).append(" | ")
            .append(now == null ? "?" : String.format(Locale.ROOT, "%.2f×", now.median / was)).append(" |\n");
      }
    }
  }

  private static String fmt(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
  }

  private static Optional<String> cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .findFirst().map(l -> l.replaceAll("[^0-9]", "")).map(kb -> (Long.parseLong(kb) / 1024 / 1024) + " GiB");
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
