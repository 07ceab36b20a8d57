package io.github.srdipolicy.jiangsu;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The module's data files: valid against the format's schema, free of authoring errors, in step
 * with their review sheets under docs/review, and the same data as the Java classes they replaced.
 */
class DataFilesTest {
  private static final DataFileSource SOURCE = new JiangsuSource();

  /**
   * The documents, indicators and jurisdictions as the Java classes built them before the move to
   * data files (snapshot in src/test/resources/before-move), until the move is complete.
   */
  @Test
  void sameDataAsBeforeTheMove() throws IOException {
    Map<String, Object> now = new LinkedHashMap<>();
    now.put("source", SOURCE.name());
    now.put("jurisdictions", SOURCE.jurisdictions());
    now.put("indicators", SOURCE.indicators());
    now.put("documents", SOURCE.documents());
    String json = PolicyJson.write(now) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      // After an intended change of the model's JSON form: rewrite the snapshot, then review its diff.
      java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/before-move/" + SOURCE.name() + ".json"), json);
    }
    assertEquals(resource("/before-move/" + SOURCE.name() + ".json"), json);
  }

  @Test
  void everyFile_isValidAgainstTheSchema() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DocumentFiles.schema());
    assertFalse(SOURCE.files().isEmpty());
    for (DocumentFile f : SOURCE.files()) {
      JsonNode tree;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(f.file())) {
        tree = new YAMLMapper().readTree(in);
      }
      assertEquals("[]", schema.validate(tree).toString(), f.file());
    }
  }

  /** Authoring errors fail; the warnings are listed here so that a new one is noticed. */
  @Test
  void lint_findsNoErrorAndOnlyTheKnownWarnings() {
    List<PolicyDocument> others = new ArrayList<>();
    List<Indicator> known = new ArrayList<>(Indicators.all());
    for (PolicySource s : ServiceLoader.load(PolicySource.class)) {
      if (!s.name().equals(SOURCE.name())) {
        others.addAll(s.documents());
        known.addAll(s.indicators());
      }
    }
    List<String> findings = Lint.check(SOURCE.files(), others, known).stream().map(Lint.Finding::toString).toList();
    assertEquals(KNOWN_WARNINGS, findings);
  }

  /** Review sheets are regenerated with {@code -Dgolden.update=true} (see the README). */
  @Test
  void reviewSheets_areInStep() throws IOException {
    Path dir = Path.of("..", "docs", "review");
    for (DocumentFile f : SOURCE.files()) {
      String name = f.file().substring(f.file().lastIndexOf('/') + 1).replace(".yaml", ".md");
      String sheet = ReviewSheet.markdown(f.document(), SOURCE_DIR + f.file());
      Path p = dir.resolve(name);
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(dir);
        Files.writeString(p, sheet);
      }
      assertEquals(Files.exists(p) ? Files.readString(p) : "(missing)", sheet,
          p + " is out of step with " + f.file() + ": regenerate with -Dgolden.update=true");
    }
  }

  private static final String SOURCE_DIR = "policy-jiangsu/src/main/resources/";

  private static final List<String> KNOWN_WARNINGS = List.of();

  private static String resource(String name) throws IOException {
    try (InputStream in = DataFilesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
