package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.json.PolicyJson;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The schema really constrains: reports that break it are rejected. */
class SchemaTest {
  private static JsonNode report() throws IOException {
    return PolicyJson.mapper()
        .readTree(
            Cli.fixture("match", "--detail", Cli.profile("fixture-short.json"), "--format", "json")
                .out());
  }

  private static ObjectNode firstResult(JsonNode root) {
    return (ObjectNode) root.get("documents").get(0).get("results").get(0);
  }

  @Test
  void unknownOutcomeIsRejected() throws IOException {
    JsonNode root = report();
    firstResult(root).put("outcome", "MAYBE");
    assertFalse(Schemas.MATCH_REPORT.validate(root).isEmpty());
  }

  @Test
  void unknownPropertyIsRejected() throws IOException {
    JsonNode root = report();
    ((ObjectNode) root.get("documents").get(0)).put("surprise", true);
    assertFalse(Schemas.MATCH_REPORT.validate(root).isEmpty());
  }

  @Test
  void amountAsNumberIsRejected() throws IOException {
    JsonNode root = report();
    ((ObjectNode) firstResult(root).get("incentives").get(0).get("amount")).put("amount", 5);
    assertFalse(Schemas.MATCH_REPORT.validate(root).isEmpty());
  }

  @Test
  void missingTraceIsRejected() throws IOException {
    JsonNode root = report();
    ((ObjectNode) firstResult(root).get("report").get("tracks").get(0)).remove("trace");
    assertFalse(Schemas.MATCH_REPORT.validate(root).isEmpty());
  }
}
