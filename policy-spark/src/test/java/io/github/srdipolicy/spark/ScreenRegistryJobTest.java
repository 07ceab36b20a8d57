package io.github.srdipolicy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.screening.ScreeningResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenRegistryJobTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  private final SparkSession spark = LocalSpark.session();

  @TempDir Path dir;

  /**
   * The job on a Parquet file it writes first: outcomes equal the single-JVM screener's, bad rows
   * apart.
   */
  @Test
  void screensAParquetRegistryEndToEnd() {
    int size = 20_000;
    SyntheticRegistry registry = new SyntheticRegistry(AS_OF, 7);
    Dataset<Row> good = registry.dataset(spark, size, 3);
    // Two rows that cannot be screened: a jurisdiction the catalogue does not know, a negative
    // revenue.
    Row base = registry.row(size);
    Object[] a = new Object[base.size()];
    Object[] b = new Object[base.size()];
    for (int i = 0; i < base.size(); i++) {
      a[i] = base.get(i);
      b[i] = base.get(i);
    }
    a[0] = (long) size;
    a[1] = "999999";
    b[0] = (long) size + 1;
    b[registry.parts().schema.fieldIndex("operating-revenue")] = new java.math.BigDecimal("-1");
    Dataset<Row> bad =
        spark.createDataFrame(
            List.of(RowFactory.create(a), RowFactory.create(b)), registry.parts().schema);
    Path in = dir.resolve("firms.parquet");
    good.union(bad).write().parquet(in.toString());
    Path out = dir.resolve("outcomes.parquet");

    int code =
        ScreenRegistryJob.run(
            "--in", in.toString(), "--out", out.toString(), "--as-of", AS_OF.toString());

    assertEquals(0, code);
    List<EnterpriseProfile> profiles = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      profiles.add(registry.profile(i));
    }
    ScreeningResult expected = registry.parts().screener.screen(profiles, AS_OF);
    Map<String, Integer> column = new HashMap<>();
    for (int c = 0; c < expected.criteria().size(); c++) {
      column.put(expected.criteria().get(c).id().toString(), c);
    }
    long applicable = 0;
    for (int f = 0; f < size; f++) {
      for (int c = 0; c < expected.criteria().size(); c++) {
        applicable += expected.applies(f, c) ? 1 : 0;
      }
    }
    List<Row> outcomes = spark.read().parquet(out.toString()).collectAsList();
    assertEquals(applicable, outcomes.size());
    for (Row r : outcomes) {
      int firm = (int) r.getLong(r.fieldIndex("firm"));
      String criteria = r.getString(r.fieldIndex("criteria"));
      assertEquals(
          expected.outcome(firm, column.get(criteria)).orElseThrow().name(),
          r.getString(r.fieldIndex("outcome")));
    }
    List<Row> errors =
        spark
            .read()
            .parquet(dir.resolve("outcomes-errors.parquet").toString())
            .orderBy("firm")
            .collectAsList();
    assertEquals(2, errors.size());
    assertEquals(size, errors.get(0).getLong(0));
    assertTrue(errors.get(0).getString(1).contains("999999"), errors.get(0).getString(1));
    assertTrue(
        errors.get(1).getString(1).contains("column 'operating-revenue'"),
        errors.get(1).getString(1));
  }

  /** CSV in, with a YAML mapping of its own column names; JSON Lines out in the wide form. */
  @Test
  void readsCsvThroughAMappingFileAndWritesJsonLines() throws Exception {
    Path csv = dir.resolve("firms.csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            "credit_code,region,revenue_yuan,rnd_pct,managed",
            "91220281A,220281,56000000,4.2,true",
            "91220281B,220281,,,",
            "91320831C,320831,abc,3.0,false",
            ""));
    Path mapping = dir.resolve("columns.yaml");
    Files.writeString(
        mapping,
        String.join(
            "\n",
            "key: credit_code",
            "jurisdiction: region",
            "indicators:",
            "  - { column: revenue_yuan, indicator: main-business-revenue, unit: YUAN }",
            "  - { column: rnd_pct, indicator: rnd-intensity, unit: PERCENT }",
            "declarations:",
            "  well-managed: managed",
            ""));
    Path out = dir.resolve("outcomes.jsonl");

    int code =
        ScreenRegistryJob.run(
            "--in",
            csv.toString(),
            "--out",
            out.toString(),
            "--as-of",
            AS_OF.toString(),
            "--mapping",
            mapping.toString(),
            "--form",
            "wide");

    assertEquals(0, code);
    Dataset<Row> wide = spark.read().json(out.toString());
    assertEquals(
        List.of("91220281A", "91220281B"),
        wide.select("credit_code")
            .orderBy("credit_code")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
    assertTrue(wide.columns().length > 2);
    Row error = spark.read().json(dir.resolve("outcomes-errors.jsonl").toString()).first();
    assertEquals("91320831C", error.getString(error.fieldIndex("credit_code")));
    assertTrue(error.getString(error.fieldIndex("error")).contains("column 'revenue_yuan'"));
    // The same firms through the explained engine: A's outcomes in the wide form are the engine's.
    EnterpriseProfile a =
        EnterpriseProfile.builder()
            .jurisdiction(io.github.srdipolicy.model.JurisdictionCode.of("220281"))
            .putValues(
                io.github.srdipolicy.model.IndicatorId.of("main-business-revenue"),
                io.github.srdipolicy.model.Quantity.yuan("56000000"))
            .putValues(
                io.github.srdipolicy.model.IndicatorId.of("rnd-intensity"),
                io.github.srdipolicy.model.Quantity.percent("4.2"))
            .putDeclarations("well-managed", true)
            .build();
    Row rowA = wide.filter(functions.col("credit_code").equalTo("91220281A")).first();
    io.github.srdipolicy.catalog.Catalog catalog = io.github.srdipolicy.catalog.Catalog.load();
    for (var report : catalog.match(a, AS_OF)) {
      String id = report.criteria().toString();
      assertEquals(report.outcome().name(), rowA.getString(rowA.fieldIndex(id)), id);
    }
  }

  /**
   * Bad arguments and a mapping naming a column the input lacks exit with code 2 and one message.
   */
  @Test
  void badMappingExitsWithCode2() throws Exception {
    Path csv = dir.resolve("f.csv");
    Files.writeString(csv, "id,region\n1,220281\n");
    Path mapping = dir.resolve("m.yaml");
    Files.writeString(
        mapping,
        "key: id\njurisdiction: region\nindicators:\n"
            + "  - { column: revenue, indicator: main-business-revenue, unit: WAN_YUAN }\n");
    assertEquals(
        2,
        ScreenRegistryJob.run(
            "--in",
            csv.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--as-of",
            AS_OF.toString(),
            "--mapping",
            mapping.toString()));
    assertEquals(2, ScreenRegistryJob.run("--in", csv.toString(), "--as-of", "2026-12-01"));
    Files.writeString(
        mapping,
        "key: id\njurisdiction: region\nindicators:\n"
            + "  - { column: region, indicator: main-business-revenue, unit: PERCENT }\n");
    assertEquals(
        2,
        ScreenRegistryJob.run(
            "--in",
            csv.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--as-of",
            AS_OF.toString(),
            "--mapping",
            mapping.toString()));
  }
}
