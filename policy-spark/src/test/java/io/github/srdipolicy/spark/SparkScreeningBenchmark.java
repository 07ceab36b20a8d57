package io.github.srdipolicy.spark;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.screening.Population;
import io.github.srdipolicy.screening.Screener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: screens N generated firms (default 10 million) from Parquet in Spark local mode and
 * prints firms per second, split between reading, screening and writing, next to the single-JVM
 * screener on the same kind of firms. Run with {@code policy-spark/bench.sh [firms] [runs]}.
 *
 * <p>Each figure is the mean of {@code runs} runs after one warm-up run, with the standard
 * deviation. Reading = scanning the mapped Parquet columns into rows (Spark's no-op sink);
 * screening = rows straight into populations and the bitwise screener, per partition, minus
 * reading; writing = the long form written as Parquet, minus both.
 */
public final class SparkScreeningBenchmark {
  private SparkScreeningBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args firms (default 10,000,000), runs (default 3), work directory (default a temp dir)
   * @throws Exception if files cannot be written
   */
  public static void main(String[] args) throws Exception {
    long firms = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir =
        args.length > 2
            ? Path.of(args[2])
            : Path.of(System.getProperty("bench.data", "policy-spark/target/bench-data"));
    Set<String> stages =
        Set.of(System.getProperty("bench.stages", "read,screen,long,write,job,single").split(","));
    LocalDate asOf = LocalDate.of(2026, 12, 1);
    int cores = Runtime.getRuntime().availableProcessors();
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + cores + "]")
            .appName("policy-spark benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(cores))
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    SyntheticRegistry registry = new SyntheticRegistry(asOf, 2026);
    Path in = input(spark, registry, firms, cores, dir);
    Dataset<Row> input = spark.read().parquet(in.toString());
    long count = input.count();
    ColumnMapping mapping =
        ColumnMapping.byConvention(
            List.of(input.columns()),
            "firm",
            "jurisdiction",
            registry.parts().catalog.indicators(),
            registry.parts().declarations,
            registry.parts().tiers);
    SparkScreening screening = SparkScreening.builder(asOf, mapping).build();
    System.out.printf(
        Locale.ROOT,
        "%,d firms, %d partitions, %d mapped columns, %d criteria, %d cores%n",
        count,
        input.rdd().getNumPartitions(),
        mapping.columns().size(),
        screening.criteriaIds().size(),
        cores);

    List<String> columns = mapping.columns();
    LongSupplier read =
        () ->
            timed(
                () ->
                    spark
                        .read()
                        .parquet(in.toString())
                        .select(
                            columns.stream()
                                .map(c -> new org.apache.spark.sql.Column(SparkScreening.quoted(c)))
                                .toArray(org.apache.spark.sql.Column[]::new))
                        .write()
                        .format("noop")
                        .mode("overwrite")
                        .save());
    LongSupplier screen =
        () ->
            timed(
                () ->
                    screening
                        .screen(spark.read().parquet(in.toString()))
                        .perFirm()
                        .write()
                        .format("noop")
                        .mode("overwrite")
                        .save());
    LongSupplier longForm =
        () ->
            timed(
                () ->
                    screening
                        .screen(spark.read().parquet(in.toString()))
                        .outcomes()
                        .write()
                        .format("noop")
                        .mode("overwrite")
                        .save());
    Path out = dir.resolve("outcomes.parquet");
    LongSupplier write =
        () ->
            timed(
                () ->
                    screening
                        .screen(spark.read().parquet(in.toString()))
                        .outcomes()
                        .write()
                        .mode("overwrite")
                        .parquet(out.toString()));
    LongSupplier job =
        () ->
            timed(
                () ->
                    ScreenRegistryJob.run(
                        "--in",
                        in.toString(),
                        "--out",
                        out.toString(),
                        "--as-of",
                        asOf.toString(),
                        "--overwrite"));

    screen.getAsLong(); // one warm-up of the whole path: class loading, JIT, the compiled screener
    double[] none = {Double.NaN, Double.NaN};
    double[] r =
        stages.contains("read")
            ? measure("read (mapped columns, no-op sink)", read, runs, count, false)
            : none;
    double[] s =
        stages.contains("screen")
            ? measure("read + screen (per-firm rows, no-op sink)", screen, runs, count, false)
            : none;
    double[] l =
        stages.contains("long")
            ? measure("read + screen + long form (no-op sink)", longForm, runs, count, false)
            : none;
    double[] w =
        stages.contains("write")
            ? measure("read + screen + long form written as Parquet", write, runs, count, false)
            : none;
    if (stages.contains("job")) {
      double[] j =
          measure(
              "the job (long form + errors written, per-firm rows persisted)",
              job,
              runs,
              count,
              false);
      long rows = spark.read().parquet(out.toString()).count();
      System.out.printf(
          Locale.ROOT, "long form: %,d rows (%.2f per firm)%n", rows, rows / (double) count);
      System.out.printf(Locale.ROOT, "job: %.1f s, %,.0f firms/s%n", j[0], count / j[0]);
    }
    System.out.printf(
        Locale.ROOT,
        "split of the Parquet-to-Parquet run: read %.1f s, screen %.1f s (%,.0f firms/s),"
            + " long form %.1f s, Parquet write %.1f s%n",
        r[0],
        s[0] - r[0],
        count / (s[0] - r[0]),
        l[0] - s[0],
        w[0] - l[0]);
    if (stages.contains("single")) {
      singleJvm(registry, asOf, count, runs, dir);
    }
    spark.stop();
  }

  /**
   * The single-JVM figures on the first million of the same firms ({@code -Dbench.single=N} for
   * another sample): the bitwise screener on a ready population; the population built from profiles
   * and screened; and the CLI's path, JSON Lines read, screened and written ({@code
   * JsonLinesScreening}, as {@code policy screen}), on one line per firm as the CLI reads them. The
   * CLI's path is warmed up on the first tenth of the sample, then timed once per run on all of it
   * (a pass over a million firms lasts tens of seconds: JIT warm-up is a small part of it).
   */
  private static void singleJvm(
      SyntheticRegistry registry, LocalDate asOf, long count, int runs, Path dir)
      throws java.io.IOException {
    int single = (int) Math.min(count, Long.getLong("bench.single", 1_000_000L));
    Screener screener = registry.parts().screener;
    Population population = registry.parts().generator.population(screener, single, asOf);
    measure(
        "single JVM: screen only (ready population), " + single + " firms",
        () -> timed(() -> screener.screen(population)),
        runs,
        single);
    List<EnterpriseProfile> profiles = new ArrayList<>(single);
    for (int i = 0; i < single; i++) {
      profiles.add(registry.profile(i));
    }
    LongSupplier build =
        () ->
            timed(
                () -> {
                  Population.Builder b = screener.populationBuilder(single, asOf);
                  profiles.forEach(b::add);
                  screener.screen(b.build());
                });
    measure(
        "single JVM: population from profiles + screen, " + single + " firms", build, runs, single);
    // One profile per line, without indentation, as `policy screen` reads them.
    com.fasterxml.jackson.databind.ObjectWriter line =
        io.github.srdipolicy.json.PolicyJson.mapper()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .writer();
    Path jsonl = dir.resolve("firms-" + single + ".jsonl");
    Path warm = dir.resolve("firms-" + single + "-warm-up.jsonl");
    try (var w = Files.newBufferedWriter(jsonl);
        var ww = Files.newBufferedWriter(warm)) {
      for (int i = 0; i < profiles.size(); i++) {
        String json = line.writeValueAsString(profiles.get(i));
        w.write(json);
        w.write('\n');
        if (i < single / 10) {
          ww.write(json);
          ww.write('\n');
        }
      }
    }
    profiles.clear();
    System.out.printf(
        Locale.ROOT,
        "JSON Lines: %,d firms, %,d bytes (%,d per firm)%n",
        single,
        Files.size(jsonl),
        Files.size(jsonl) / single);
    cliPath(warm, screener, asOf); // warm-up
    double[] cli =
        measure(
            "single JVM: JSON Lines in, screen, JSON Lines out (the CLI's path), "
                + single
                + " firms",
            () -> timed(() -> cliPath(jsonl, screener, asOf)),
            runs,
            single,
            false);
    System.out.printf(Locale.ROOT, "single JVM, the CLI's path: %,.0f firms/s%n", single / cli[0]);
    Files.delete(jsonl);
    Files.delete(warm);
  }

  /** The CLI's screening path over a JSON Lines file, output discarded. */
  private static void cliPath(Path jsonl, Screener screener, LocalDate asOf) {
    try (var in = new java.io.BufferedInputStream(Files.newInputStream(jsonl))) {
      io.github.srdipolicy.screening.JsonLinesScreening.run(
          in, java.io.Writer.nullWriter(), screener, asOf, 8192, (l, error) -> {}, lines -> {});
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The generated firms' Parquet file, reused between runs: its name holds the number of firms and
   * a fingerprint of the generator (schema and first firms), so a changed generator makes a new
   * file; stale files of the same size are deleted first (they take gigabytes).
   */
  private static Path input(
      SparkSession spark, SyntheticRegistry registry, long firms, int cores, Path dir)
      throws java.io.IOException {
    String prefix = "firms-" + firms + "-";
    Path in = dir.resolve(prefix + registry.fingerprint() + ".parquet");
    if (Files.exists(in.resolve("_SUCCESS"))) {
      System.out.printf(Locale.ROOT, "reusing %s%n", in);
      return in;
    }
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) {
      for (Path p : old.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        try (var files = Files.walk(p)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    }
    long t = System.nanoTime();
    registry
        .dataset(spark, firms, Math.max(cores * 4, (int) (firms / 250_000)))
        .write()
        .mode("overwrite")
        .parquet(in.toString());
    System.out.printf(
        Locale.ROOT,
        "generated %,d firms in %.1f s into %s%n",
        firms,
        (System.nanoTime() - t) / 1e9,
        in);
    return in;
  }

  private static double[] measure(String what, LongSupplier run, int runs, long firms) {
    return measure(what, run, runs, firms, true);
  }

  /**
   * Spark runs over millions of firms last many seconds: JIT warm-up is a small part of the first.
   */
  private static double[] measure(
      String what, LongSupplier run, int runs, long firms, boolean warmUp) {
    if (warmUp) {
      run.getAsLong();
    }
    double[] seconds = new double[runs];
    // CPU seconds of the whole process (local mode: the executors are threads of it): a figure
    // that a busy shared machine disturbs far less than wall time.
    long cpu = processCpuNanos();
    for (int i = 0; i < runs; i++) {
      seconds[i] = run.getAsLong() / 1e9;
    }
    double cpuPerRun = (processCpuNanos() - cpu) / 1e9 / runs;
    double mean = java.util.Arrays.stream(seconds).average().orElse(0);
    double sd =
        Math.sqrt(
            java.util.Arrays.stream(seconds).map(x -> (x - mean) * (x - mean)).sum()
                / Math.max(1, runs - 1));
    System.out.printf(
        Locale.ROOT,
        "%-75s %8.2f s ± %.2f   %,12.0f firms/s   cpu %.1f s (%,.0f firms per cpu-s)   runs %s%n",
        what,
        mean,
        sd,
        firms / mean,
        cpuPerRun,
        firms / cpuPerRun,
        java.util.Arrays.toString(seconds));
    return new double[] {mean, sd};
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long timed(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return System.nanoTime() - t;
  }
}
