package io.github.srdipolicy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.catalog.data.DataFileSource;
import io.github.srdipolicy.catalog.data.DocumentFile;
import io.github.srdipolicy.catalog.data.DocumentFiles;
import io.github.srdipolicy.catalog.data.Lint;
import io.github.srdipolicy.catalog.data.ReviewSheet;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * What every region module's data files must satisfy, shared by the modules' {@code DataFilesTest}
 * (in the policy-model test jar): valid against the format's schema, free of authoring errors, in
 * step with their review sheets under docs/review, and the same data as the Java classes they
 * replaced. {@link #keyRows} gives region tests the review sheet's rows to check against a clause.
 */
public abstract class DataFilesContract {
  private final DataFileSource source;
  private final String module;
  private final List<String> knownWarnings;

  /**
   * @param source the module's source
   * @param module the module's directory, such as {@code policy-national}
   * @param knownWarnings the lint warnings the files are known to have, so that a new one is
   *     noticed
   */
  protected DataFilesContract(DataFileSource source, String module, List<String> knownWarnings) {
    this.source = source;
    this.module = module;
    this.knownWarnings = knownWarnings;
  }

  /**
   * The documents, indicators and jurisdictions as the Java classes built them before the move to
   * data files (snapshot in src/test/resources/before-move), until the move is complete.
   */
  @Test
  void sameDataAsBeforeTheMove() throws IOException {
    Map<String, Object> now = new LinkedHashMap<>();
    now.put("source", source.name());
    now.put("jurisdictions", source.jurisdictions());
    now.put("indicators", source.indicators());
    now.put("documents", source.documents());
    String json = PolicyJson.write(now) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      // After an intended change of the data or of the model's JSON form: rewrite the snapshot,
      // then review its diff.
      Files.writeString(Path.of("src/test/resources/before-move/" + source.name() + ".json"), json);
      return;
    }
    assertEquals(resource("/before-move/" + source.name() + ".json"), json);
  }

  @Test
  void everyFile_isValidAgainstTheSchema() throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(DocumentFiles.schema());
    assertFalse(source.files().isEmpty());
    for (DocumentFile f : source.files()) {
      JsonNode tree;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(f.file())) {
        tree = new YAMLMapper().readTree(in);
      }
      assertEquals("[]", schema.validate(tree).toString(), f.file());
    }
  }

  /** Authoring errors fail; the warnings are listed by the module so that a new one is noticed. */
  @Test
  void lint_findsNoErrorAndOnlyTheKnownWarnings() {
    List<PolicyDocument> others = new ArrayList<>();
    List<Indicator> known = new ArrayList<>(Indicators.all());
    for (PolicySource s : ServiceLoader.load(PolicySource.class)) {
      if (!s.name().equals(source.name())) {
        others.addAll(s.documents());
        known.addAll(s.indicators());
      }
    }
    List<String> findings =
        Lint.check(source.files(), others, known).stream().map(Lint.Finding::toString).toList();
    assertEquals(knownWarnings, findings);
  }

  /** Review sheets are regenerated with {@code -Dgolden.update=true} (see the README). */
  @Test
  void reviewSheets_areInStep() throws IOException {
    Path dir = Path.of("..", "docs", "review");
    for (DocumentFile f : source.files()) {
      String name = f.file().substring(f.file().lastIndexOf('/') + 1).replace(".yaml", ".md");
      String sheet = sheet(source, module, f);
      Path p = dir.resolve(name);
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(dir);
        Files.writeString(p, sheet);
      }
      assertEquals(
          Files.exists(p) ? Files.readString(p) : "(missing)",
          sheet,
          p + " is out of step with " + f.file() + ": regenerate with -Dgolden.update=true");
    }
  }

  private static String sheet(DataFileSource source, String module, DocumentFile f) {
    return ReviewSheet.markdown(f.document(), module + "/src/main/resources/" + f.file());
  }

  /**
   * The key rows of facts in the review sheet generated for a data file, as an analyst reads them
   * beside the clause: {@code id | clause | indicator or metric | operator word | bound with unit}.
   *
   * @param source the module's source
   * @param file the data file's name, such as {@code jinhu-2022.yaml}
   * @param ids the fact ids, in the order wanted
   * @return one key row per id ({@code id | (no row)} where the sheet has none)
   */
  public static List<String> keyRows(DataFileSource source, String file, String... ids) {
    DocumentFile f =
        source.files().stream()
            .filter(x -> x.file().endsWith("/" + file))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no data file " + file + " in " + source.name()));
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : sheet(source, source.name(), f).split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| id |")) {
        continue;
      }
      // | id | clause | label | indicator / metric | operator | bound | note | confidence |
      String[] cells =
          Arrays.stream(line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1))
              .map(String::strip)
              .toArray(String[]::new);
      if (cells.length == 8 && !cells[0].isEmpty()) {
        rows.putIfAbsent(
            cells[0], String.join(" | ", cells[0], cells[1], cells[3], cells[4], cells[5]));
      }
    }
    return Arrays.stream(ids).map(id -> rows.getOrDefault(id, id + " | (no row)")).toList();
  }

  /**
   * Asserts that the review sheet of a data file shows the given key rows, as an analyst reads them
   * beside the clause. The block holds one key row per line ({@code id | clause | indicator or
   * metric | operator word | bound with unit}, see {@link #keyRows}); lines starting with {@code
   * //} name the clause text the rows below were checked against and are skipped, as are blank
   * lines. A changed threshold, unit, operator, clause or id in the data file fails it.
   *
   * @param source the module's source
   * @param file the data file's name, such as {@code jinhu-2022.yaml}
   * @param block the expected key rows, with {@code //} comments
   * @return the ids of the rows checked, in the block's order
   */
  public static List<String> assertKeyRows(DataFileSource source, String file, String block) {
    List<String> expected =
        block.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).toList();
    List<String> ids = expected.stream().map(r -> r.split(" \\| ", 2)[0].strip()).toList();
    List<String> actual =
        keyRows(source, file, ids.toArray(String[]::new)).stream().map(String::strip).toList();
    assertEquals(String.join("\n", expected), String.join("\n", actual), file);
    return ids;
  }

  private String resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
