package io.github.srdipolicy.spark;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.screening.Population;
import io.github.srdipolicy.screening.Screener;
import io.github.srdipolicy.screening.ScreeningResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Screens one partition, block by block: up to {@code blockSize} rows are read straight into the
 * columns of one {@link Population} and screened at once; then their per-firm rows are returned and
 * the next block is read. Memory is bounded by the block size.
 */
final class ScreenPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<SparkScreening.Recipe> recipe;
  private final StructType schema;
  private final ColumnMapping mapping;
  private final LocalDate asOf;
  private final int blockSize;
  private final boolean missingInputs;

  ScreenPartition(
      Broadcast<SparkScreening.Recipe> recipe,
      StructType schema,
      ColumnMapping mapping,
      LocalDate asOf,
      int blockSize,
      boolean missingInputs) {
    this.recipe = recipe;
    this.schema = schema;
    this.mapping = mapping;
    this.asOf = asOf;
    this.blockSize = blockSize;
    this.missingInputs = missingInputs;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    SparkScreening.Compiled compiled = recipe.value().compiled();
    return new Blocks(rows, compiled.screener, compiled.catalog.indicators());
  }

  /** The output rows of one block at a time. */
  private final class Blocks implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final Screener screener;
    private final io.github.srdipolicy.model.IndicatorRegistry registry;
    private RowReader reader;
    private List<Row> out = List.of();
    private int next;

    Blocks(
        Iterator<Row> rows,
        Screener screener,
        io.github.srdipolicy.model.IndicatorRegistry registry) {
      this.rows = rows;
      this.screener = screener;
      this.registry = registry;
    }

    @Override
    public boolean hasNext() {
      while (next == out.size()) {
        if (!rows.hasNext()) {
          return false;
        }
        out = screenBlock();
        next = 0;
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return out.get(next++);
    }

    private List<Row> screenBlock() {
      List<Row> in = new ArrayList<>(blockSize);
      while (in.size() < blockSize && rows.hasNext()) {
        in.add(rows.next());
      }
      if (reader == null) {
        // The input's schema from the driver: rows of some plans reach a partition without one.
        reader = new RowReader(mapping, schema, registry, asOf);
      }
      int n = in.size();
      String[] problems = new String[n];
      int[] firmOf = new int[n];
      Population.Builder population = screener.populationBuilder(n, asOf);
      Population.Builder.Appender appender = population.appender();
      for (int i = 0; i < n; i++) {
        // Straight into the population's columns: no profile per row (it cost a hundred times the
        // screening).
        firmOf[i] = reader.append(in.get(i), appender);
        problems[i] = reader.problem();
      }
      Population screened = population.build();
      ScreeningResult result = screener.screen(screened);
      int criteria = result.criteria().size();
      List<Row> block = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Row row = in.get(i);
        Object key = reader.key(row);
        int firm = firmOf[i];
        if (firm < 0) {
          block.add(
              missingInputs
                  ? RowFactory.create(key, null, null, null, problems[i], json(row))
                  : RowFactory.create(key, null, null, problems[i], json(row)));
          continue;
        }
        // The profile only for explanations (missing inputs), made from the row when first needed.
        EnterpriseProfile profile = null;
        byte[] codes = new byte[criteria];
        // Spark 4's row encoder takes Scala sequences for array columns, not Java lists or arrays.
        List<scala.collection.Seq<String>> missing =
            missingInputs ? new ArrayList<>(criteria) : null;
        for (int c = 0; c < criteria; c++) {
          List<String> m = null;
          if (result.applies(firm, c)) {
            Outcome o = result.outcome(firm, c).orElseThrow();
            codes[c] = SparkScreening.code(o);
            if (missingInputs && o == Outcome.UNDETERMINED) {
              if (profile == null) {
                profile = (EnterpriseProfile) reader.read(row);
              }
              m =
                  screener.explain(profile, c).missingInputs().stream()
                      .map(InputRef::toString)
                      .toList();
            }
          }
          if (missing != null) {
            missing.add(m == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(m));
          }
        }
        String jurisdiction = screened.jurisdiction(firm).toString();
        block.add(
            missingInputs
                ? RowFactory.create(
                    key,
                    jurisdiction,
                    codes,
                    scala.jdk.javaapi.CollectionConverters.asScala(missing),
                    null,
                    null)
                : RowFactory.create(key, jurisdiction, codes, null, null));
      }
      return block;
    }

    private String json(Row row) {
      try {
        if (row.schema() == null) {
          Object[] values = new Object[row.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
          }
          return new GenericRowWithSchema(values, schema).json();
        }
        return row.json();
      } catch (RuntimeException e) {
        return row.toString();
      }
    }
  }
}
