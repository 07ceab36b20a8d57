package io.github.srdipolicy.spark;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.screening.Population;
import io.github.srdipolicy.screening.Screener;
import io.github.srdipolicy.screening.ScreeningResult;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Screens one partition, block by block: up to {@code blockSize} rows are read straight into the
 * columns of one {@link Population} and screened at once; then their per-firm rows are returned and
 * the next block is read. Memory is bounded by the block size.
 *
 * <p>Rows are Spark's own {@link InternalRow}s (decimals as unscaled longs, dates as day numbers,
 * text as UTF-8 bytes), read by {@link InternalRowReader} without making a Java object per value;
 * the outputs are internal rows too. A row the fast reader does not accept at once is converted to
 * an external {@link Row} and read by {@link RowReader}, which decides and names what is wrong.
 */
final class ScreenPartition implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<SparkScreening.Recipe> recipe;
  private final StructType schema;
  private final ColumnMapping mapping;
  private final LocalDate asOf;
  private final int blockSize;
  private final boolean missingInputs;

  /** Whether the rows are those of a columnar batch (see {@link InternalRowReader}). */
  private final boolean columnar;

  ScreenPartition(
      Broadcast<SparkScreening.Recipe> recipe,
      StructType schema,
      ColumnMapping mapping,
      LocalDate asOf,
      int blockSize,
      boolean missingInputs,
      boolean columnar) {
    this.recipe = recipe;
    this.schema = schema;
    this.mapping = mapping;
    this.asOf = asOf;
    this.blockSize = blockSize;
    this.missingInputs = missingInputs;
    this.columnar = columnar;
  }

  /**
   * The same screening over a partition of columnar batches (made with {@code columnar} true): each
   * batch's rows are read in place, through the batch's reused row view.
   */
  FlatMapFunction<Iterator<ColumnarBatch>, InternalRow> batches() {
    return new Batches(this);
  }

  /** Flattens a partition's batches into the rows {@link ScreenPartition} screens. */
  private static final class Batches
      implements FlatMapFunction<Iterator<ColumnarBatch>, InternalRow> {
    private static final long serialVersionUID = 1L;
    private final ScreenPartition screen;

    Batches(ScreenPartition screen) {
      this.screen = screen;
    }

    @Override
    public Iterator<InternalRow> call(Iterator<ColumnarBatch> batches) {
      return screen.call(
          new Iterator<>() {
            private Iterator<InternalRow> rows = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
              while (!rows.hasNext()) {
                if (!batches.hasNext()) {
                  return false;
                }
                rows = batches.next().rowIterator();
              }
              return true;
            }

            @Override
            public InternalRow next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              return rows.next();
            }
          });
    }
  }

  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
    SparkScreening.Compiled compiled = recipe.value().compiled();
    return new Blocks(rows, compiled.screener, compiled.catalog.indicators());
  }

  /** The output rows of one block at a time. */
  private final class Blocks implements Iterator<InternalRow> {
    private final Iterator<InternalRow> rows;
    private final Screener screener;
    private final RowReader reader;
    private final InternalRowReader fast;
    private final scala.Function1<Object, Object> toRow;
    private final java.util.Map<Object, UTF8String> jurisdictionNames = new java.util.HashMap<>();
    private final Object[] keys;
    private final int[] firmOf;
    private final UTF8String[] problems;
    private final UTF8String[] inputs;
    private final InternalRow[] copies;
    private InternalRow[] out = new InternalRow[0];
    private int size;
    private int next;

    Blocks(Iterator<InternalRow> rows, Screener screener, IndicatorRegistry registry) {
      this.rows = rows;
      this.screener = screener;
      this.reader = new RowReader(mapping, schema, registry, asOf);
      this.fast = new InternalRowReader(mapping, schema, columnar);
      this.toRow = CatalystTypeConverters.createToScalaConverter(schema);
      this.keys = new Object[blockSize];
      this.firmOf = new int[blockSize];
      this.problems = new UTF8String[blockSize];
      this.inputs = new UTF8String[blockSize];
      this.copies = missingInputs ? new InternalRow[blockSize] : null;
    }

    @Override
    public boolean hasNext() {
      while (next == size) {
        if (!rows.hasNext()) {
          return false;
        }
        screenBlock();
        next = 0;
      }
      return true;
    }

    @Override
    public InternalRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      InternalRow row = out[next];
      out[next++] = null;
      return row;
    }

    private Row external(InternalRow row) {
      return (Row) toRow.apply(row);
    }

    private void screenBlock() {
      Population.Builder population = screener.populationBuilder(blockSize, asOf);
      Population.Builder.Appender appender = population.appender();
      fast.start(appender);
      int n = 0;
      // The input iterator reuses its row object: what is kept of a row is copied out of it.
      while (n < blockSize && rows.hasNext()) {
        InternalRow row = rows.next();
        keys[n] = fast.key(row);
        int firm = fast.append(row, appender);
        problems[n] = null;
        inputs[n] = null;
        if (firm < 0) {
          // Not accepted at once: the exact reader decides, and names what is wrong.
          Row external = external(row);
          firm = reader.append(external, appender);
          if (firm < 0) {
            problems[n] = UTF8String.fromString(reader.problem());
            inputs[n] = UTF8String.fromString(json(external));
          }
        }
        firmOf[n] = firm;
        if (copies != null) {
          copies[n] = row.copy();
        }
        n++;
      }
      Population screened = population.build();
      ScreeningResult result = screener.screen(screened);
      int criteria = result.criteria().size();
      if (out.length < n) {
        out = new InternalRow[n];
      }
      for (int i = 0; i < n; i++) {
        int firm = firmOf[i];
        if (firm < 0) {
          out[i] =
              missingInputs
                  ? new GenericInternalRow(
                      new Object[] {keys[i], null, null, null, problems[i], inputs[i]})
                  : new GenericInternalRow(
                      new Object[] {keys[i], null, null, problems[i], inputs[i]});
          continue;
        }
        byte[] codes = new byte[criteria];
        Object[] missing = missingInputs ? new Object[criteria] : null;
        // The profile only for explanations (missing inputs), made from the row when first needed.
        EnterpriseProfile profile = null;
        for (int c = 0; c < criteria; c++) {
          if (result.applies(firm, c)) {
            Outcome o = result.outcome(firm, c).orElseThrow();
            codes[c] = SparkScreening.code(o);
            if (missingInputs && o == Outcome.UNDETERMINED) {
              if (profile == null) {
                profile = (EnterpriseProfile) reader.read(external(copies[i]));
              }
              missing[c] =
                  new GenericArrayData(
                      screener.explain(profile, c).missingInputs().stream()
                          .map(InputRef::toString)
                          .map(UTF8String::fromString)
                          .toArray());
            }
          }
        }
        UTF8String jurisdiction =
            jurisdictionNames.computeIfAbsent(
                screened.jurisdiction(firm), j -> UTF8String.fromString(j.toString()));
        out[i] =
            missingInputs
                ? new GenericInternalRow(
                    new Object[] {
                      keys[i], jurisdiction, codes, new GenericArrayData(missing), null, null
                    })
                : new GenericInternalRow(new Object[] {keys[i], jurisdiction, codes, null, null});
        if (copies != null) {
          copies[i] = null;
        }
      }
      size = n;
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
