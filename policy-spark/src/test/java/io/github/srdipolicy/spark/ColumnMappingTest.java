package io.github.srdipolicy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMappingTest {
  @TempDir Path dir;

  @Test
  void readsTheYamlForm() throws Exception {
    Path file = dir.resolve("columns.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "key: credit_code",
            "jurisdiction: region",
            "indicators:",
            "  - { column: rev, indicator: main-business-revenue, unit: WAN_YUAN }",
            "  - column: rnd",
            "    indicator: rnd-intensity",
            "    unit: PERCENT",
            "declarations: { well-managed: managed }",
            "tiers: { cn.innovative-sme: pool_since }",
            "tiersComplete: false",
            ""));
    ColumnMapping m = ColumnMapping.read(file);
    assertEquals("credit_code", m.key());
    assertEquals("region", m.jurisdiction());
    assertEquals(
        List.of(
            new ColumnMapping.IndicatorColumn("rev", "main-business-revenue", Unit.WAN_YUAN),
            new ColumnMapping.IndicatorColumn("rnd", "rnd-intensity", Unit.PERCENT)),
        m.indicators());
    assertEquals(Map.of("well-managed", "managed"), m.declarations());
    assertEquals(Map.of("cn.innovative-sme", "pool_since"), m.tiers());
    assertFalse(m.tiersComplete());
    assertEquals(
        List.of("credit_code", "region", "rev", "rnd", "managed", "pool_since"), m.columns());
    m.check(IndicatorRegistry.standard());
  }

  @Test
  void theJsonFormIsReadToo() throws Exception {
    Path file = dir.resolve("columns.json");
    Files.writeString(
        file,
        "{\"key\":\"id\",\"jurisdiction\":\"j\",\"indicators\":[{\"column\":\"e\","
            + "\"indicator\":\"employees\",\"unit\":\"PERSONS\"}]}");
    ColumnMapping m = ColumnMapping.read(file);
    assertEquals(List.of("id", "j", "e"), m.columns());
    assertTrue(m.tiersComplete());
  }

  @Test
  void badFilesGetOneMessageNamingTheFileAndTheProblem() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "jurisdiction: region\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.read(file));
    assertTrue(
        e.getMessage().contains("bad.yaml") && e.getMessage().contains("key"), e.getMessage());

    Files.writeString(
        file,
        "key: id\njurisdiction: region\nindicators:\n  - { column: x, indicator: employees, unit: HEADS }\n");
    e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.read(file));
    assertTrue(e.getMessage().contains("HEADS") && e.getMessage().contains("line"), e.getMessage());

    Files.writeString(file, "key: id\njurisdiction: id\n");
    e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.read(file));
    assertTrue(e.getMessage().contains("also the key column"), e.getMessage());

    e =
        assertThrows(
            IllegalArgumentException.class, () -> ColumnMapping.read(dir.resolve("missing.yaml")));
    assertTrue(e.getMessage().contains("missing.yaml"), e.getMessage());
  }

  @Test
  void columnsMappedTwiceAndWrongUnitsAreRejected() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ColumnMapping.builder("id", "j")
                    .indicator("x", IndicatorId.of("employees"), Unit.PERSONS)
                    .declaration("well-managed", "x")
                    .build());
    assertTrue(twice.getMessage().contains("'x'"), twice.getMessage());
    ColumnMapping wrongUnit =
        ColumnMapping.builder("id", "j")
            .indicator("rev", IndicatorId.of("main-business-revenue"), Unit.PERCENT)
            .build();
    IllegalArgumentException unit =
        assertThrows(
            IllegalArgumentException.class, () -> wrongUnit.check(IndicatorRegistry.standard()));
    assertTrue(
        unit.getMessage().contains("rev") && unit.getMessage().contains("PERCENT"),
        unit.getMessage());
    ColumnMapping unknown =
        ColumnMapping.builder("id", "j")
            .indicator("z", IndicatorId.of("no-such-indicator"), Unit.ITEMS)
            .build();
    IllegalArgumentException u =
        assertThrows(
            IllegalArgumentException.class, () -> unknown.check(IndicatorRegistry.standard()));
    assertTrue(u.getMessage().contains("no-such-indicator"), u.getMessage());
  }

  /** Shipped to executors inside the partition function: the column order must survive. */
  @Test
  void serialisesWithItsColumnOrder() throws Exception {
    ColumnMapping.Builder b = ColumnMapping.builder("id", "j");
    for (int i = 0; i < 20; i++) {
      b.declaration("d" + i, "col" + i);
    }
    ColumnMapping m = b.tier(TierId.of("cn.innovative-sme"), "since").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    ColumnMapping back =
        (ColumnMapping)
            new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    assertEquals(m.columns(), back.columns());
  }
}
