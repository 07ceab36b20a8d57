package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.srdipolicy.json.PolicyJson;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The export of the real catalogue (every region module) follows the schema generated from the
 * model ({@link PolicyJson#catalogSchema()}), and the schema is not so loose that it would accept
 * anything.
 */
class CatalogExportSchemaTest {
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(PolicyJson.catalogSchema());

  @Test
  void theRealExportFollowsTheCatalogueSchema() throws IOException {
    Cli.Result r = Cli.real("export");
    assertEquals(0, r.exit(), r.err());
    Set<ValidationMessage> errors = SCHEMA.validate(PolicyJson.mapper().readTree(r.out()));
    assertEquals(Set.of(), errors);
  }

  @Test
  void aConditionOfAnUnknownTypeOrAMisspeltFieldIsRejected() throws IOException {
    JsonNode root = PolicyJson.mapper().readTree(Cli.real("export").out());
    ObjectNode doc = (ObjectNode) root.get("documents").get(0);
    doc.put("titel", "typo");
    assertFalse(SCHEMA.validate(root).isEmpty(), "an unknown field of a document is an error");
    doc.remove("titel");
    JsonNode criteria = root.findValue("common");
    ((ObjectNode) criteria).put("type", "maybe");
    assertFalse(SCHEMA.validate(root).isEmpty(), "an unknown condition type is an error");
  }
}
