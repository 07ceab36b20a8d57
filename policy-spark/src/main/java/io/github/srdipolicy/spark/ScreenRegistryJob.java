package io.github.srdipolicy.spark;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.screening.Screener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code spark-submit} job: reads a registry of firms (Parquet, CSV or JSON Lines), screens
 * every firm against every criteria in force on a date, writes the outcomes and, next to them, the
 * rows that could not be screened with the reason.
 *
 * <pre>
 * spark-submit --class io.github.srdipolicy.spark.ScreenRegistryJob policy-spark.jar \
 *   --in firms.parquet --out outcomes.parquet --as-of 2026-12-01 [--mapping columns.yaml]
 * </pre>
 *
 * <p>Exit codes: 0 done (even with rejected rows: they are in the error output), 2 bad arguments,
 * mapping or input columns.
 */
@Command(
    name = "screen-registry",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Screens a registry of firms against every SRDI criteria in force on a date.")
public final class ScreenRegistryJob implements Callable<Integer> {
  /** Output shapes. */
  enum Form {
    LONG,
    WIDE
  }

  /** File formats. */
  enum Format {
    PARQUET,
    CSV,
    JSON
  }

  @Option(
      names = "--in",
      required = true,
      paramLabel = "PATH",
      description = "The firms: a Parquet, CSV (with a header) or JSON Lines file or directory.")
  private String in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "Where the outcomes go.")
  private String out;

  @Option(
      names = "--errors",
      paramLabel = "PATH",
      description =
          "Where rejected rows go (default: the output path with -errors before its extension).")
  private String errors;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "DATE",
      description = "Documents in force and tiers held on this date (yyyy-mm-dd).")
  private LocalDate asOf;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "YAML or JSON column mapping; default: columns named by indicator id, "
              + "declaration:KEY and tier:TIER-ID.")
  private Path mappingFile;

  @Option(
      names = "--key",
      defaultValue = "firm",
      paramLabel = "COLUMN",
      description = "Key column when there is no mapping file (default: ${DEFAULT-VALUE}).")
  private String key;

  @Option(
      names = "--jurisdiction",
      defaultValue = "jurisdiction",
      paramLabel = "COLUMN",
      description =
          "Jurisdiction column when there is no mapping file (default: ${DEFAULT-VALUE}).")
  private String jurisdiction;

  @Option(
      names = "--in-format",
      paramLabel = "FORMAT",
      description = "parquet, csv or json (default: from the extension of --in, else parquet).")
  private Format inFormat;

  @Option(
      names = "--out-format",
      paramLabel = "FORMAT",
      description = "parquet, csv or json (default: from the extension of --out, else parquet).")
  private Format outFormat;

  @Option(
      names = "--form",
      defaultValue = "long",
      paramLabel = "FORM",
      description =
          "long (a row per firm and criteria) or wide (a column per criteria); default ${DEFAULT-VALUE}.")
  private Form form;

  @Option(
      names = "--missing-inputs",
      description = "Add what would decide each undetermined outcome (long form).")
  private boolean missingInputs;

  @Option(names = "--overwrite", description = "Replace existing outputs.")
  private boolean overwrite;

  @Option(
      names = "--block-size",
      defaultValue = "16384",
      paramLabel = "FIRMS",
      description = "Firms screened at once per task (default: ${DEFAULT-VALUE}).")
  private int blockSize;

  private PrintWriter log = new PrintWriter(System.out, true);

  /**
   * Runs the job in the Spark session {@code spark-submit} sets up, then exits.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = run(args);
    scala.Option<SparkSession> session =
        SparkSession.getActiveSession(); // none if the arguments were bad
    if (session.isDefined()) {
      session.get().stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job in the active Spark session (or a new one), without exiting.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int run(String... args) {
    CommandLine cli =
        new CommandLine(new ScreenRegistryJob()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("error: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    SparkSession spark =
        SparkSession.builder().appName("srdi-policy screen-registry").getOrCreate();
    Format inF = inFormat != null ? inFormat : formatOf(in);
    Format outF = outFormat != null ? outFormat : formatOf(out);
    Dataset<Row> firms = reader(spark, inF).load(in);
    ColumnMapping mapping =
        mappingFile != null ? ColumnMapping.read(mappingFile) : conventional(firms);
    SparkScreening screening =
        SparkScreening.builder(asOf, mapping)
            .missingInputs(missingInputs)
            .blockSize(blockSize)
            .build();
    SparkScreening.Screened screened = screening.screen(firms).persist();
    try {
      Dataset<Row> outcomes = form == Form.LONG ? screened.outcomes() : screened.wide();
      String errorPath = errors != null ? errors : errorPathFor(out);
      long started = System.nanoTime();
      writer(forFormat(outcomes, outF), outF).save(out);
      Dataset<Row> rejected = screened.errors();
      writer(rejected, outF).save(errorPath);
      long rejectedCount = rejected.count(); // from the persisted screening, not screened again
      log.printf(
          Locale.ROOT,
          "Screened %s as of %s against %d criteria in %.1f s; outcomes in %s (%s form); "
              + "%d rows rejected%s%n",
          in,
          asOf,
          screening.criteriaIds().size(),
          (System.nanoTime() - started) / 1e9,
          out,
          form.name().toLowerCase(Locale.ROOT),
          rejectedCount,
          rejectedCount == 0 ? "" : ", with the reason, in " + errorPath);
    } finally {
      screened.unpersist();
    }
    return 0;
  }

  private ColumnMapping conventional(Dataset<Row> firms) {
    Catalog catalog = Catalog.load();
    Screener screener = Screener.of(catalog, asOf);
    Set<String> declarations = new LinkedHashSet<>();
    Set<io.github.srdipolicy.model.TierId> tiers = new LinkedHashSet<>();
    for (EligibilityCriteria c : screener.criteria()) {
      for (io.github.srdipolicy.engine.InputRef i :
          io.github.srdipolicy.engine.CriteriaInputs.of(c)) {
        if (i.kind() == io.github.srdipolicy.engine.InputRef.Kind.DECLARATION) {
          declarations.add(i.id());
        } else if (i.kind() == io.github.srdipolicy.engine.InputRef.Kind.TIER) {
          tiers.add(io.github.srdipolicy.model.TierId.of(i.id()));
        }
      }
    }
    ColumnMapping m =
        ColumnMapping.byConvention(
            Arrays.asList(firms.columns()),
            key,
            jurisdiction,
            catalog.indicators(),
            declarations,
            tiers);
    log.println("Column mapping by name: " + m);
    return m;
  }

  private static DataFrameReader reader(SparkSession spark, Format f) {
    DataFrameReader r = spark.read().format(f.name().toLowerCase(Locale.ROOT));
    // CSV: every column read as text (no second pass to infer types); the mapping parses values.
    return f == Format.CSV ? r.option("header", "true") : r;
  }

  private DataFrameWriter<Row> writer(Dataset<Row> data, Format f) {
    DataFrameWriter<Row> w =
        data.write()
            .format(f.name().toLowerCase(Locale.ROOT))
            .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    return f == Format.CSV ? w.option("header", "true") : w;
  }

  /** CSV holds no arrays: lists are joined with ';'. */
  private static Dataset<Row> forFormat(Dataset<Row> data, Format f) {
    if (f != Format.CSV) {
      return data;
    }
    Dataset<Row> d = data;
    for (StructField field : data.schema().fields()) {
      if (field.dataType() instanceof ArrayType) {
        d =
            d.withColumn(
                field.name(),
                functions.concat_ws(";", functions.col(SparkScreening.quoted(field.name()))));
      }
    }
    return d;
  }

  static Format formatOf(String path) {
    String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    if (p.endsWith(".csv")) {
      return Format.CSV;
    }
    if (p.endsWith(".json") || p.endsWith(".jsonl") || p.endsWith(".ndjson")) {
      return Format.JSON;
    }
    return Format.PARQUET;
  }

  static String errorPathFor(String out) {
    String trimmed = out.replaceAll("/+$", "");
    int slash = trimmed.lastIndexOf('/');
    int dot = trimmed.lastIndexOf('.');
    return dot > slash + 1
        ? trimmed.substring(0, dot) + "-errors" + trimmed.substring(dot)
        : trimmed + "-errors";
  }
}
