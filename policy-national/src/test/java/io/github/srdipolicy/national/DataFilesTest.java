package io.github.srdipolicy.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.srdipolicy.catalog.data.DataFileSource;
import io.github.srdipolicy.catalog.data.DocumentFile;
import io.github.srdipolicy.catalog.data.DocumentFiles;
import io.github.srdipolicy.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module's data files: valid against the format's schema, and the same data as the Java classes they replace. */
class DataFilesTest {
  private static final DataFileSource SOURCE = new NationalSource();

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
      // After an intended change of the data: rewrite the snapshot, then review its diff.
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

  private static String resource(String name) throws IOException {
    try (InputStream in = DataFilesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
