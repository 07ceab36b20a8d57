package io.github.srdipolicy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.screening.Screener;
import io.github.srdipolicy.screening.ScreeningResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparkScreeningTest {
  private static final int FIRMS = 100_000;
  private final SparkSession spark = LocalSpark.session();

  /**
   * Every cell of the wide form equals the single-JVM screener's outcome and the explained
   * engine's, for 100,000 generated firms over every jurisdiction, on dates before and after the
   * national 2026 rules; the long form holds exactly the applicable cells.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2023-06-01", "2024-12-31", "2026-12-01"})
  void outcomesEqualTheScreenerAndTheExplainedEngineCellForCell(String date) {
    LocalDate asOf = LocalDate.parse(date);
    SyntheticRegistry registry = new SyntheticRegistry(asOf, 16);
    Catalog catalog = registry.parts().catalog;
    Screener screener = registry.parts().screener;
    List<EnterpriseProfile> profiles = new ArrayList<>(FIRMS);
    for (int i = 0; i < FIRMS; i++) {
      profiles.add(registry.profile(i));
    }
    // The same firms, generated as rows on the executors (firm i is always the same profile).
    Dataset<Row> firms = registry.dataset(spark, FIRMS, 4);
    ColumnMapping mapping =
        ColumnMapping.byConvention(
            List.of(firms.columns()),
            "firm",
            "jurisdiction",
            catalog.indicators(),
            registry.parts().declarations,
            registry.parts().tiers);
    SparkScreening screening = SparkScreening.builder(asOf, mapping).blockSize(5_000).build();
    SparkScreening.Screened screened = screening.screen(firms).persist();

    ScreeningResult expected = screener.screen(profiles, asOf);
    List<EligibilityCriteria> criteria = screener.criteria();
    assertEquals(criteria.stream().map(c -> c.id().toString()).toList(), screening.criteriaIds());
    EligibilityEvaluator engine = catalog.evaluator();

    List<Row> wide = screened.wide().collectAsList();
    assertEquals(FIRMS, wide.size());
    assertEquals(0, screened.errors().count());
    int[] applicable = new int[1];
    Map<Integer, Row> byFirm = new HashMap<>();
    wide.forEach(r -> byFirm.put((int) r.getLong(0), r));
    IntStream.range(0, FIRMS)
        .parallel()
        .forEach(
            firm -> {
              Row r = byFirm.get(firm);
              assertEquals(profiles.get(firm).jurisdiction().toString(), r.getString(1));
              for (int c = 0; c < criteria.size(); c++) {
                Optional<Outcome> single = expected.outcome(firm, c);
                String actual = r.getString(2 + c);
                assertEquals(
                    single.map(Outcome::name).orElse(null),
                    actual,
                    () -> "firm " + firm + " " + criteria);
                if (single.isPresent()) {
                  Outcome explained =
                      engine.evaluate(criteria.get(c), profiles.get(firm), asOf).outcome();
                  assertEquals(
                      explained.name(),
                      actual,
                      "firm " + firm + " criteria " + criteria.get(c).id());
                  synchronized (applicable) {
                    applicable[0]++;
                  }
                }
              }
            });
    assertTrue(
        applicable[0] > FIRMS,
        "most firms have at least one applicable criteria: " + applicable[0]);

    // The long form: one row per applicable cell, with the criteria's tier and document.
    // Each criteria's own document (criteria may apply beyond their document's validity, e.g. under
    // a
    // later measure's transition rule).
    Map<String, String[]> meta = new HashMap<>();
    for (EligibilityCriteria c : criteria) {
      meta.put(
          c.id().toString(),
          new String[] {c.tier().toString(), catalog.documentOf(c.id()).id().toString()});
    }
    Map<String, Integer> column = new HashMap<>();
    for (int c = 0; c < criteria.size(); c++) {
      column.put(criteria.get(c).id().toString(), c);
    }
    long longRows = 0;
    for (Iterator<Row> it = screened.outcomes().toLocalIterator(); it.hasNext(); longRows++) {
      Row r = it.next();
      int firm = (int) r.getLong(0);
      String criteriaId = r.getString(3);
      assertEquals(meta.get(criteriaId)[0], r.getString(2));
      assertEquals(meta.get(criteriaId)[1], r.getString(4));
      assertEquals(
          expected.outcome(firm, column.get(criteriaId)).orElseThrow().name(), r.getString(5));
    }
    assertEquals(applicable[0], longRows);
    screened.unpersist();
  }

  /**
   * Missing inputs in the long form are the explained engine's, for undetermined outcomes only;
   * from rows, and from Parquet batches read in place.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void missingInputsAreTheExplainedEnginesForUndeterminedOutcomes(
      boolean parquet, @TempDir Path dir) {
    LocalDate asOf = LocalDate.of(2026, 12, 1);
    SyntheticRegistry registry = new SyntheticRegistry(asOf, 3);
    Dataset<Row> firms = registry.dataset(spark, 2_000, 2);
    if (parquet) {
      firms.write().parquet(dir.resolve("firms.parquet").toString());
      firms = spark.read().parquet(dir.resolve("firms.parquet").toString());
    }
    ColumnMapping mapping =
        ColumnMapping.byConvention(
            List.of(firms.columns()),
            "firm",
            "jurisdiction",
            registry.parts().catalog.indicators(),
            registry.parts().declarations,
            registry.parts().tiers);
    List<Row> rows =
        SparkScreening.builder(asOf, mapping)
            .missingInputs(true)
            .build()
            .screen(firms)
            .outcomes()
            .collectAsList();
    Catalog catalog = registry.parts().catalog;
    int undetermined = 0;
    for (Row r : rows) {
      EnterpriseProfile p = registry.profile(r.getLong(0));
      EligibilityCriteria c =
          (EligibilityCriteria) catalog.fact(io.github.srdipolicy.model.FactId.of(r.getString(3)));
      var report = catalog.evaluator().evaluate(c, p, asOf);
      assertEquals(report.outcome().name(), r.getString(5));
      if (report.outcome() == Outcome.UNDETERMINED) {
        undetermined++;
        assertEquals(
            report.missingInputs().stream().map(InputRef::toString).toList(), r.getList(6));
      } else {
        assertTrue(r.isNullAt(6));
      }
    }
    assertTrue(undetermined > 100, "undetermined outcomes: " + undetermined);
  }

  /**
   * Bad rows land in the error output with their reason; the good rows of the batch are screened.
   */
  @Test
  void invalidRowsGoToTheErrorOutputWithTheirReason() {
    LocalDate asOf = LocalDate.of(2026, 12, 1);
    org.apache.spark.sql.types.StructType schema =
        org.apache.spark.sql.types.DataTypes.createStructType(
            List.of(
                org.apache.spark.sql.types.DataTypes.createStructField(
                    "id", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                    "region", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                    "revenue", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                    "rnd", org.apache.spark.sql.types.DataTypes.DoubleType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                    "managed", org.apache.spark.sql.types.DataTypes.StringType, true),
                org.apache.spark.sql.types.DataTypes.createStructField(
                    "pool_since", org.apache.spark.sql.types.DataTypes.StringType, true)));
    List<Row> rows =
        List.of(
            org.apache.spark.sql.RowFactory.create(
                "good-1", "220281", "6000", 4.2, "true", "2022-08-01"),
            org.apache.spark.sql.RowFactory.create("good-2", "320831", null, null, null, null),
            org.apache.spark.sql.RowFactory.create(null, "220281", "6000", 4.2, "true", null),
            org.apache.spark.sql.RowFactory.create("bad-code", "22x", "6000", 4.2, "true", null),
            org.apache.spark.sql.RowFactory.create(
                "unknown-place", "999999", "6000", 4.2, "true", null),
            org.apache.spark.sql.RowFactory.create(
                "not-a-number", "220281", "lots", 4.2, "true", null),
            org.apache.spark.sql.RowFactory.create("negative", "220281", "-5", 4.2, "true", null),
            org.apache.spark.sql.RowFactory.create(
                "infinite", "220281", "6000", Double.POSITIVE_INFINITY, "true", null),
            org.apache.spark.sql.RowFactory.create("maybe", "220281", "6000", 4.2, "maybe", null),
            org.apache.spark.sql.RowFactory.create(
                "bad-date", "220281", "6000", 4.2, "true", "2022-13-01"));
    Dataset<Row> firms = spark.createDataFrame(rows, schema);
    ColumnMapping mapping =
        ColumnMapping.builder("id", "region")
            .indicator(
                "revenue",
                io.github.srdipolicy.model.IndicatorId.of("main-business-revenue"),
                io.github.srdipolicy.model.Unit.WAN_YUAN)
            .indicator(
                "rnd",
                io.github.srdipolicy.model.IndicatorId.of("rnd-intensity"),
                io.github.srdipolicy.model.Unit.PERCENT)
            .declaration("well-managed", "managed")
            .tier(io.github.srdipolicy.model.TierId.of("cn.innovative-sme"), "pool_since")
            .build();
    SparkScreening.Screened screened =
        SparkScreening.builder(asOf, mapping).build().screen(firms).persist();
    Map<String, String> errors = new HashMap<>();
    for (Row r : screened.errors().collectAsList()) {
      errors.put(r.getString(0), r.getString(1));
      assertTrue(r.getString(2).startsWith("{"), r.getString(2));
    }
    assertEquals(8, errors.size(), errors.toString());
    assertTrue(errors.get(null).contains("column 'id' (the key) is null"), errors.get(null));
    assertTrue(
        errors.get("bad-code").contains("column 'region'")
            && errors.get("bad-code").contains("22x"));
    assertTrue(errors.get("unknown-place").contains("999999"), errors.get("unknown-place"));
    assertTrue(
        errors.get("not-a-number").contains("column 'revenue'")
            && errors.get("not-a-number").contains("lots"));
    assertTrue(
        errors.get("negative").contains("column 'revenue'")
            && errors.get("negative").contains("-5"),
        errors.get("negative"));
    assertTrue(
        errors.get("infinite").contains("column 'rnd'")
            && errors.get("infinite").contains("finite"));
    assertTrue(
        errors.get("maybe").contains("column 'managed'") && errors.get("maybe").contains("maybe"));
    assertTrue(
        errors.get("bad-date").contains("column 'pool_since'")
            && errors.get("bad-date").contains("2022-13-01"));

    List<Row> outcomes = screened.outcomes().collectAsList();
    assertTrue(
        outcomes.stream().allMatch(r -> r.getString(0).startsWith("good-")), outcomes.toString());
    assertTrue(outcomes.stream().anyMatch(r -> r.getString(0).equals("good-1")));
    assertTrue(outcomes.stream().anyMatch(r -> r.getString(0).equals("good-2")));
    assertEquals(2, screened.wide().count());
    assertNull(errors.get("good-1"));
    screened.unpersist();
  }

  /**
   * Typed columns (decimals read as unscaled longs, booleans, dates) take the fast reader: a row it
   * refuses gets exactly the message the row-by-row reader gives, and the rows it accepts are
   * screened as that reader's. The same from Parquet, whose batches are read in place (decimals of
   * up to 9 digits held as ints, up to 18 as longs): same messages, same outcomes.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void typedInvalidRowsGetTheRowReadersMessages(boolean parquet, @TempDir Path dir) {
    LocalDate asOf = LocalDate.of(2026, 12, 1);
    org.apache.spark.sql.types.StructType schema =
        org.apache.spark.sql.types.DataTypes.createStructType(
            List.of(
                field("id", org.apache.spark.sql.types.DataTypes.LongType),
                field("region", org.apache.spark.sql.types.DataTypes.StringType),
                field("revenue", org.apache.spark.sql.types.DataTypes.createDecimalType(18, 2)),
                field("rnd", org.apache.spark.sql.types.DataTypes.createDecimalType(9, 4)),
                field("patents", org.apache.spark.sql.types.DataTypes.createDecimalType(10, 1)),
                field("founded", org.apache.spark.sql.types.DataTypes.IntegerType),
                field("hte", org.apache.spark.sql.types.DataTypes.BooleanType),
                field("managed", org.apache.spark.sql.types.DataTypes.BooleanType),
                field("pool_since", org.apache.spark.sql.types.DataTypes.DateType)));
    java.math.BigDecimal revenue = new java.math.BigDecimal("6000.50");
    java.math.BigDecimal rnd = new java.math.BigDecimal("4.2500");
    java.math.BigDecimal patents = new java.math.BigDecimal("3.0");
    java.sql.Date pool = java.sql.Date.valueOf("2022-08-01");
    List<Row> rows =
        List.of(
            row(1L, "220281", revenue, rnd, patents, 2010, true, true, pool),
            row(2L, "320831", null, null, null, null, null, null, null),
            row(
                3L,
                "220281",
                new java.math.BigDecimal("-5.00"),
                rnd,
                patents,
                2010,
                true,
                true,
                null),
            row(
                4L,
                "220281",
                revenue,
                new java.math.BigDecimal("100.0001"),
                patents,
                2010,
                true,
                true,
                null),
            row(
                5L,
                "220281",
                revenue,
                rnd,
                new java.math.BigDecimal("2.5"),
                2010,
                true,
                true,
                null),
            row(
                6L,
                "220281",
                revenue,
                rnd,
                new java.math.BigDecimal("-1.0"),
                2010,
                true,
                true,
                null),
            row(7L, "220281", revenue, rnd, patents, 2027, true, true, null),
            row(
                8L,
                "220281",
                revenue,
                rnd,
                patents,
                2010,
                true,
                true,
                java.sql.Date.valueOf("2026-12-02")),
            row(9L, "999999", revenue, rnd, patents, 2010, true, true, pool),
            row(null, "220281", revenue, rnd, patents, 2010, true, true, pool),
            row(11L, null, revenue, rnd, patents, 2010, true, true, pool),
            row(12L, "22x", revenue, rnd, patents, 2010, true, true, pool),
            row(
                13L,
                "220281",
                new java.math.BigDecimal("0.00"),
                new java.math.BigDecimal("0.0000"),
                new java.math.BigDecimal("0.0"),
                2026,
                false,
                false,
                java.sql.Date.valueOf("2026-12-01")));
    ColumnMapping mapping =
        ColumnMapping.builder("id", "region")
            .indicator(
                "revenue",
                io.github.srdipolicy.model.IndicatorId.of("main-business-revenue"),
                io.github.srdipolicy.model.Unit.WAN_YUAN)
            .indicator(
                "rnd",
                io.github.srdipolicy.model.IndicatorId.of("rnd-intensity"),
                io.github.srdipolicy.model.Unit.PERCENT)
            .indicator(
                "patents",
                io.github.srdipolicy.model.IndicatorId.of("invention-patents"),
                io.github.srdipolicy.model.Unit.IP_ITEMS)
            .indicator(
                "founded",
                io.github.srdipolicy.model.IndicatorId.of("founding-year"),
                io.github.srdipolicy.model.Unit.CALENDAR_YEAR)
            .indicator(
                "hte",
                io.github.srdipolicy.model.IndicatorId.of("high-tech-enterprise"),
                io.github.srdipolicy.model.Unit.FLAG)
            .declaration("well-managed", "managed")
            .tier(io.github.srdipolicy.model.TierId.of("cn.innovative-sme"), "pool_since")
            .build();
    SparkScreening screening = SparkScreening.builder(asOf, mapping).blockSize(64).build();
    Dataset<Row> firms = spark.createDataFrame(rows, schema).repartition(2);
    if (parquet) {
      firms.write().parquet(dir.resolve("firms.parquet").toString());
      firms = spark.read().parquet(dir.resolve("firms.parquet").toString());
    }
    // Parquet's batches are read as they are, whatever the order of the columns asked for; rows
    // made by a query, row by row.
    List<String> reversed = new ArrayList<>(mapping.columns());
    java.util.Collections.reverse(reversed);
    assertEquals(
        parquet,
        SparkScreening.columnarScan(
                firms.select(
                    reversed.stream()
                        .map(org.apache.spark.sql.functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new)))
            != null);
    SparkScreening.Screened screened = screening.screen(firms).persist();
    Map<Object, String> errors = new HashMap<>();
    for (Row r : screened.errors().collectAsList()) {
      errors.put(r.isNullAt(0) ? null : r.getLong(0), r.getString(1));
    }

    // What the row-by-row reader says of each row, and the outcomes of the rows it accepts.
    SparkScreening.Compiled compiled =
        new SparkScreening.Recipe(CatalogSource.CLASS_PATH, asOf).compiled();
    RowReader reader = new RowReader(mapping, schema, compiled.catalog.indicators(), asOf);
    io.github.srdipolicy.screening.Population.Builder population =
        compiled.screener.populationBuilder(rows.size(), asOf);
    Map<Object, String> expectedErrors = new HashMap<>();
    Map<Long, Integer> firmOf = new HashMap<>();
    for (Row r : rows) {
      Row withSchema =
          new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(
              IntStream.range(0, r.size()).mapToObj(r::get).toArray(), schema);
      int firm = reader.append(withSchema, population.appender());
      if (firm < 0) {
        expectedErrors.put(r.get(0), reader.problem());
      } else {
        firmOf.put(r.getLong(0), firm);
      }
    }
    assertEquals(expectedErrors, errors);
    // Rows 3, 5 to 12 (row 4's 100.0001 % is a valid R&D intensity: no upper bound).
    assertEquals(9, errors.size(), errors.toString());
    ScreeningResult expected = compiled.screener.screen(population.build());
    List<Row> wide = screened.wide().collectAsList();
    assertEquals(
        firmOf.keySet(), new java.util.HashSet<>(wide.stream().map(r -> r.getLong(0)).toList()));
    for (Row r : wide) {
      int firm = firmOf.get(r.getLong(0));
      for (int c = 0; c < compiled.criteria.length; c++) {
        assertEquals(
            expected.outcome(firm, c).map(Outcome::name).orElse(null),
            r.getString(2 + c),
            "firm " + r.getLong(0) + " criteria " + compiled.criteria[c]);
      }
    }
    screened.unpersist();
  }

  private static org.apache.spark.sql.types.StructField field(
      String name, org.apache.spark.sql.types.DataType type) {
    return org.apache.spark.sql.types.DataTypes.createStructField(name, type, true);
  }

  private static Row row(Object... values) {
    return org.apache.spark.sql.RowFactory.create(values);
  }
}
