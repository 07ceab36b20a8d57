package io.github.srdipolicy.spark;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.screening.Screener;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Screens a {@code Dataset<Row>} of firms against every criteria in force on a date.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.read(Path.of("columns.yaml"));
 * SparkScreening screening = SparkScreening.builder(LocalDate.of(2026, 12, 1), mapping).build();
 * SparkScreening.Screened s = screening.screen(spark.read().parquet("firms.parquet"));
 * s.outcomes().write().parquet("outcomes.parquet");   // one row per firm and applicable criteria
 * s.errors().write().parquet("errors.parquet");       // rows that could not be screened, with the reason
 * }</pre>
 *
 * <p>The catalogue recipe ({@link CatalogSource}) and the date are broadcast once; each executor
 * compiles the {@link Screener} once and screens its partitions in blocks of firms with the bitwise
 * screener, so outcomes are those of the single-JVM screener and of the explained engine. Only the
 * mapped columns are read. Nothing is computed until an output is written or collected; each output
 * recomputes the screening unless {@link Screened#persist()} is called first. Immutable;
 * serialisable parts only are shipped to executors.
 */
public final class SparkScreening {
  /** Outcome codes in the per-firm {@code outcomes} binary column: one byte per criteria. */
  static final byte NOT_APPLICABLE = 0;

  private final CatalogSource source;
  private final LocalDate asOf;
  private final ColumnMapping mapping;
  private final boolean missingInputs;
  private final int blockSize;
  private final Recipe recipe;

  private SparkScreening(Builder b) {
    this.source = b.source;
    this.asOf = b.asOf;
    this.mapping = b.mapping;
    this.missingInputs = b.missingInputs;
    this.blockSize = b.blockSize;
    this.recipe = new Recipe(source, asOf);
    Compiled c = recipe.compiled();
    mapping.check(c.catalog.indicators());
    for (String tier : mapping.tiers().keySet()) {
      c.catalog.tier(TierId.of(tier)); // fails naming an unknown tier
    }
  }

  /**
   * Starts a screening.
   *
   * @param asOf the date: documents in force and tiers held on it, not null
   * @param mapping which columns hold what, not null
   * @return a new builder, never null
   */
  public static Builder builder(LocalDate asOf, ColumnMapping mapping) {
    return new Builder(asOf, mapping);
  }

  /**
   * Returns the criteria screened, in the order of the wide form's columns.
   *
   * @return the criteria ids, never null
   */
  public List<String> criteriaIds() {
    return List.of(recipe.compiled().criteria);
  }

  /**
   * Screens firms. Lazy: nothing runs until an output of the result is used.
   *
   * @param firms the firms, with the columns of the mapping (others are ignored), not null
   * @return the outputs, never null
   * @throws IllegalArgumentException naming the column if a mapped column is missing or of a type
   *     that cannot hold its values
   */
  public Screened screen(Dataset<Row> firms) {
    StructType schema = firms.schema();
    List<String> available = Arrays.asList(schema.fieldNames());
    for (String column : mapping.columns()) {
      if (!available.contains(column)) {
        throw new IllegalArgumentException(
            "Invalid column mapping: column '"
                + column
                + "' is not in the input (columns: "
                + available
                + ")");
      }
    }
    RowReader.checkTypes(mapping, schema);
    // Read only the mapped columns: Parquet and ORC then skip the others on disk.
    Column[] selected =
        mapping.columns().stream().map(c -> firms.col(quoted(c))).toArray(Column[]::new);
    Dataset<Row> input = firms.select(selected);
    Broadcast<Recipe> shipped =
        JavaSparkContext.fromSparkContext(firms.sparkSession().sparkContext()).broadcast(recipe);
    StructType perFirm = perFirmSchema(input.schema().fields()[0]);
    // Spark's internal rows in and out: no Java object per value read nor per output column.
    org.apache.spark.sql.classic.SparkSession session = session(firms);
    org.apache.spark.sql.execution.SparkPlan scan = columnarScan(input);
    org.apache.spark.api.java.JavaRDD<org.apache.spark.sql.catalyst.InternalRow> screenedRows;
    if (scan != null) {
      // A columnar source (Parquet, ORC): its batches are read as they are, without Spark first
      // copying every value into a row (and every decimal into a Decimal object).
      screenedRows =
          scan.executeColumnar()
              .toJavaRDD()
              .mapPartitions(
                  new ScreenPartition(
                          shipped, scan.schema(), mapping, asOf, blockSize, missingInputs, true)
                      .batches());
    } else {
      screenedRows =
          input
              .queryExecution()
              .toRdd()
              .toJavaRDD()
              .mapPartitions(
                  new ScreenPartition(
                      shipped, input.schema(), mapping, asOf, blockSize, missingInputs, false));
    }
    Dataset<Row> screened = session.internalCreateDataFrame(screenedRows.rdd(), perFirm, false);
    return new Screened(screened, recipe.compiled(), mapping.key(), missingInputs);
  }

  /**
   * The columnar scan under a plan that only turns its batches into rows (a Parquet file read with
   * Spark's vectorised reader, mapped columns only), or null for any other plan (rows made by a
   * query, a CSV or ORC file…), which is then read row by row. The scan's columns must be the
   * input's, in any order (the readers find columns by name in the scan's schema).
   */
  static org.apache.spark.sql.execution.SparkPlan columnarScan(Dataset<Row> input) {
    org.apache.spark.sql.execution.SparkPlan plan = input.queryExecution().executedPlan();
    if (plan instanceof org.apache.spark.sql.execution.WholeStageCodegenExec w) {
      plan = w.child();
    }
    // The mapped columns in another order than the file's: a projection that only reorders.
    if (plan instanceof org.apache.spark.sql.execution.ProjectExec p
        && scala.jdk.javaapi.CollectionConverters.asJava(p.projectList()).stream()
            .allMatch(e -> e instanceof org.apache.spark.sql.catalyst.expressions.Attribute)) {
      plan = p.child();
    }
    if (!(plan instanceof org.apache.spark.sql.execution.ColumnarToRowExec c)) {
      return null;
    }
    plan = c.child();
    if (plan instanceof org.apache.spark.sql.execution.InputAdapter a) {
      plan = a.child();
    }
    // Parquet only: its vectors hold decimals of up to 18 digits as ints or longs, which the
    // reader reads as such (ORC's vectors, for one, do not).
    if (!(plan instanceof org.apache.spark.sql.execution.FileSourceScanExec scan)
        || !(scan.relation().fileFormat()
            instanceof org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat)
        || !plan.supportsColumnar()) {
      return null;
    }
    StructType want = input.schema();
    StructType have = plan.schema();
    if (want.size() != have.size()
        || new java.util.HashSet<>(Arrays.asList(have.fieldNames())).size() != have.size()) {
      return null;
    }
    for (StructField f : want.fields()) {
      if (!Arrays.asList(have.fieldNames()).contains(f.name())
          || !have.apply(f.name()).dataType().sameType(f.dataType())) {
        return null;
      }
    }
    return plan;
  }

  private StructType perFirmSchema(StructField key) {
    List<StructField> fields = new ArrayList<>();
    fields.add(new StructField(key.name(), key.dataType(), true, key.metadata()));
    fields.add(DataTypes.createStructField(JURISDICTION, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(OUTCOMES, DataTypes.BinaryType, true));
    if (missingInputs) {
      fields.add(
          DataTypes.createStructField(
              MISSING,
              DataTypes.createArrayType(
                  DataTypes.createArrayType(DataTypes.StringType, false), true),
              true));
    }
    fields.add(DataTypes.createStructField(ERROR, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(INPUT, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  /**
   * The classic session of a Dataset: outputs are made from Spark's internal rows through its
   * internalCreateDataFrame (public in the bytecode, private[sql] in Scala), because the public
   * createDataFrame would convert every row from Java objects again.
   */
  static org.apache.spark.sql.classic.SparkSession session(Dataset<?> data) {
    if (data.sparkSession() instanceof org.apache.spark.sql.classic.SparkSession session) {
      return session;
    }
    throw new UnsupportedOperationException(
        "Screening needs a classic Spark session (not Spark Connect)");
  }

  static String quoted(String column) {
    return "`" + column.replace("`", "``") + "`";
  }

  /** Output column names. */
  static final String JURISDICTION = "jurisdiction";

  static final String TIER = "tier";
  static final String CRITERIA = "criteria";
  static final String DOCUMENT = "document";
  static final String OUTCOME = "outcome";
  static final String MISSING = "missing_inputs";
  static final String ERROR = "error";
  static final String INPUT = "input";
  static final String OUTCOMES = "outcomes";

  /** The outputs of one screening, all derived from one per-firm screening pass. */
  public static final class Screened {
    private final Dataset<Row> perFirm;
    private final String[] criteria;
    private final String[] tiers;
    private final String[] documents;
    private final String key;
    private final boolean missingInputs;

    Screened(Dataset<Row> perFirm, Compiled compiled, String key, boolean missingInputs) {
      this.perFirm = perFirm;
      this.criteria = compiled.criteria;
      this.tiers = compiled.tiers;
      this.documents = compiled.documents;
      this.key = key;
      this.missingInputs = missingInputs;
    }

    /**
     * Returns the long form: one row per valid firm and criteria applicable to it, with the columns
     * key (as in the input), {@code jurisdiction}, {@code tier}, {@code criteria}, {@code
     * document}, {@code outcome} ({@code ELIGIBLE}, {@code NOT_ELIGIBLE} or {@code UNDETERMINED})
     * and, if asked for, {@code missing_inputs} (what would decide an undetermined outcome; null
     * otherwise).
     *
     * @return the outcomes, never null
     */
    public Dataset<Row> outcomes() {
      StructType in = perFirm.schema();
      List<StructField> fields = new ArrayList<>();
      fields.add(in.fields()[0]);
      fields.add(DataTypes.createStructField(JURISDICTION, DataTypes.StringType, false));
      fields.add(DataTypes.createStructField(TIER, DataTypes.StringType, false));
      fields.add(DataTypes.createStructField(CRITERIA, DataTypes.StringType, false));
      fields.add(DataTypes.createStructField(DOCUMENT, DataTypes.StringType, false));
      fields.add(DataTypes.createStructField(OUTCOME, DataTypes.StringType, false));
      if (missingInputs) {
        fields.add(
            DataTypes.createStructField(
                MISSING, DataTypes.createArrayType(DataTypes.StringType, false), true));
      }
      // Internal rows in and out, as the screening: no Java object per output column.
      org.apache.spark.api.java.JavaRDD<org.apache.spark.sql.catalyst.InternalRow> rows =
          perFirm
              .queryExecution()
              .toRdd()
              .toJavaRDD()
              .mapPartitions(
                  new LongForm(
                      criteria, tiers, documents, missingInputs, in.fields()[0].dataType()));
      return session(perFirm)
          .internalCreateDataFrame(rows.rdd(), DataTypes.createStructType(fields), false);
    }

    /**
     * Returns the wide form: one row per valid firm with the key, {@code jurisdiction} and one
     * outcome column per criteria, named by the criteria id (null where it does not apply).
     *
     * @return the outcomes, never null
     */
    public Dataset<Row> wide() {
      List<StructField> fields = new ArrayList<>();
      fields.add(perFirm.schema().fields()[0]);
      fields.add(DataTypes.createStructField(JURISDICTION, DataTypes.StringType, false));
      for (String c : criteria) {
        fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
      }
      return perFirm.flatMap(
          new WideForm(criteria.length), Encoders.row(DataTypes.createStructType(fields)));
    }

    /**
     * Returns the rows that could not be screened: key (null if the key itself was missing), {@code
     * error} (what is wrong, naming the column and the value) and {@code input} (the mapped columns
     * of the row as JSON).
     *
     * @return the rejected rows, never null
     */
    public Dataset<Row> errors() {
      return perFirm
          .filter(functions.col(ERROR).isNotNull())
          .select(functions.col(quoted(key)), functions.col(ERROR), functions.col(INPUT));
    }

    /**
     * Keeps the per-firm screening (one compact row per firm) in memory and on disk, so that
     * writing several outputs screens once; call before asking for the first output ({@link
     * #outcomes()} takes the per-firm rows as they are planned when it is called).
     *
     * @return this, for chaining
     */
    public Screened persist() {
      perFirm.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
      return this;
    }

    /** The per-firm screening: key, jurisdiction, a byte per criteria, error, input. */
    Dataset<Row> perFirm() {
      return perFirm;
    }

    /** Releases what {@link #persist()} kept. */
    public void unpersist() {
      perFirm.unpersist();
    }
  }

  /** Expands each per-firm row into one row per applicable criteria. */
  private static final class LongForm
      implements org.apache.spark.api.java.function.FlatMapFunction<
          java.util.Iterator<org.apache.spark.sql.catalyst.InternalRow>,
          org.apache.spark.sql.catalyst.InternalRow> {
    private static final long serialVersionUID = 1L;
    private final String[] criteria;
    private final String[] tiers;
    private final String[] documents;
    private final boolean missingInputs;
    private final org.apache.spark.sql.types.DataType keyType;

    LongForm(
        String[] criteria,
        String[] tiers,
        String[] documents,
        boolean missingInputs,
        org.apache.spark.sql.types.DataType keyType) {
      this.criteria = criteria;
      this.tiers = tiers;
      this.documents = documents;
      this.missingInputs = missingInputs;
      this.keyType = keyType;
    }

    private static UTF8String[] utf8(String[] s) {
      return Arrays.stream(s).map(UTF8String::fromString).toArray(UTF8String[]::new);
    }

    @Override
    public java.util.Iterator<org.apache.spark.sql.catalyst.InternalRow> call(
        java.util.Iterator<org.apache.spark.sql.catalyst.InternalRow> firms) {
      UTF8String[] criteriaNames = utf8(criteria);
      UTF8String[] tierNames = utf8(tiers);
      UTF8String[] documentNames = utf8(documents);
      UTF8String[] outcomeNames = new UTF8String[OUTCOME_NAMES.length];
      for (int o = 1; o < outcomeNames.length; o++) {
        outcomeNames[o] = UTF8String.fromString(OUTCOME_NAMES[o]);
      }
      int error = missingInputs ? 4 : 3;
      java.util.List<org.apache.spark.sql.catalyst.InternalRow> out = new ArrayList<>();
      return new java.util.Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          while (next == out.size()) {
            out.clear();
            next = 0;
            if (!firms.hasNext()) {
              return false;
            }
            expand(firms.next());
          }
          return true;
        }

        @Override
        public org.apache.spark.sql.catalyst.InternalRow next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return out.get(next++);
        }

        private void expand(org.apache.spark.sql.catalyst.InternalRow firm) {
          if (!firm.isNullAt(error)) {
            return;
          }
          // Copied: the input row's memory is reused for the next firm.
          Object key =
              firm.isNullAt(0)
                  ? null
                  : org.apache.spark.sql.catalyst.InternalRow.copyValue(firm.get(0, keyType));
          UTF8String jurisdiction = firm.getUTF8String(1).clone();
          byte[] codes = firm.getBinary(2);
          org.apache.spark.sql.catalyst.util.ArrayData missing =
              missingInputs && !firm.isNullAt(3) ? firm.getArray(3) : null;
          for (int c = 0; c < codes.length; c++) {
            if (codes[c] != NOT_APPLICABLE) {
              Object[] v = new Object[missingInputs ? 7 : 6];
              v[0] = key;
              v[1] = jurisdiction;
              v[2] = tierNames[c];
              v[3] = criteriaNames[c];
              v[4] = documentNames[c];
              v[5] = outcomeNames[codes[c]];
              if (missingInputs && missing != null && !missing.isNullAt(c)) {
                v[6] = missing.getArray(c).copy();
              }
              out.add(new org.apache.spark.sql.catalyst.expressions.GenericInternalRow(v));
            }
          }
        }
      };
    }
  }

  /** Turns a per-firm row into one outcome column per criteria. */
  private static final class WideForm
      implements org.apache.spark.api.java.function.FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int criteria;

    WideForm(int criteria) {
      this.criteria = criteria;
    }

    @Override
    public java.util.Iterator<Row> call(Row firm) {
      if (!firm.isNullAt(firm.length() - 2)) {
        return java.util.Collections.emptyIterator();
      }
      byte[] codes = (byte[]) firm.get(2);
      Object[] values = new Object[2 + criteria];
      values[0] = firm.get(0);
      values[1] = firm.getString(1);
      for (int c = 0; c < criteria; c++) {
        values[2 + c] = codes[c] == NOT_APPLICABLE ? null : OUTCOME_NAMES[codes[c]];
      }
      return java.util.Collections.singletonList(org.apache.spark.sql.RowFactory.create(values))
          .iterator();
    }
  }

  /** Outcome names by code; code 0 is "does not apply". */
  static final String[] OUTCOME_NAMES = {
    null, Outcome.ELIGIBLE.name(), Outcome.NOT_ELIGIBLE.name(), Outcome.UNDETERMINED.name()
  };

  static byte code(Outcome o) {
    switch (o) {
      case ELIGIBLE:
        return 1;
      case NOT_ELIGIBLE:
        return 2;
      default:
        return 3;
    }
  }

  /**
   * What is broadcast: the catalogue recipe and the date. The compiled screener is not
   * serialisable; it is built once per JVM from the recipe (the broadcast value is deserialised
   * once per executor and shared by its tasks).
   */
  static final class Recipe implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CatalogSource source;
    private final LocalDate asOf;
    private transient volatile Compiled compiled;

    Recipe(CatalogSource source, LocalDate asOf) {
      this.source = source;
      this.asOf = asOf;
    }

    Compiled compiled() {
      Compiled c = compiled;
      if (c == null) {
        synchronized (this) {
          c = compiled;
          if (c == null) {
            c = new Compiled(source.load(), asOf);
            compiled = c;
          }
        }
      }
      return c;
    }
  }

  /** The catalogue, its screener for the date and the names of each criteria's columns. */
  static final class Compiled {
    final Catalog catalog;
    final Screener screener;
    final String[] criteria;
    final String[] tiers;
    final String[] documents;

    Compiled(Catalog catalog, LocalDate asOf) {
      this.catalog = catalog;
      this.screener = Screener.of(catalog, asOf);
      List<EligibilityCriteria> all = screener.criteria();
      this.criteria = all.stream().map(c -> c.id().toString()).toArray(String[]::new);
      this.tiers = all.stream().map(c -> c.tier().toString()).toArray(String[]::new);
      // The document that states each criteria (criteria may apply beyond their document's own
      // validity, e.g. under a later measure's transition rule).
      this.documents =
          all.stream().map(c -> catalog.documentOf(c.id()).id().toString()).toArray(String[]::new);
    }
  }

  /** Sets up a screening; not thread-safe. */
  public static final class Builder {
    private final LocalDate asOf;
    private final ColumnMapping mapping;
    private CatalogSource source = CatalogSource.CLASS_PATH;
    private boolean missingInputs;
    private int blockSize = 16_384;

    private Builder(LocalDate asOf, ColumnMapping mapping) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * Sets where the catalogue comes from (default: every region module on the class path).
     *
     * @param source the recipe, run once on the driver and once per executor, not null
     * @return this builder
     */
    public Builder catalog(CatalogSource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Adds the missing inputs of each undetermined outcome to the long form (default false). They
     * come from the explained engine, run only for undetermined outcomes: slower.
     *
     * @param include true to add them
     * @return this builder
     */
    public Builder missingInputs(boolean include) {
      this.missingInputs = include;
      return this;
    }

    /**
     * Sets how many firms of a partition are screened at once (default 16384): memory per task
     * stays bounded by it whatever the size of the partition.
     *
     * @param firms the block size, at least 64
     * @return this builder
     */
    public Builder blockSize(int firms) {
      if (firms < 64) {
        throw new IllegalArgumentException(
            "Invalid blockSize: '" + firms + "' (must be at least 64)");
      }
      this.blockSize = firms;
      return this;
    }

    /**
     * Loads the catalogue, compiles the screener on the driver and checks the mapping against it.
     *
     * @return the screening, never null
     * @throws IllegalArgumentException naming the column if the mapping does not fit the catalogue
     */
    public SparkScreening build() {
      return new SparkScreening(this);
    }
  }
}
