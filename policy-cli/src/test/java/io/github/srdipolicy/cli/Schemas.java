package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.srdipolicy.json.PolicyJson;
import java.util.Set;

/** Validates outputs against the JSON Schema shipped in the jar. */
final class Schemas {
  static final JsonSchema MATCH_REPORT =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(ExportCommand.schema("match-report.schema.json"));

  static final JsonSchema SUMMARY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(io.github.srdipolicy.assessment.SummaryJson.schema());

  private Schemas() {}

  static void assertValidSummary(String json) {
    try {
      Set<ValidationMessage> errors = SUMMARY.validate(PolicyJson.mapper().readTree(json));
      assertEquals(Set.of(), errors, () -> "summary does not follow its schema: " + json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  static void assertValidMatchReport(String json) {
    try {
      JsonNode node = PolicyJson.mapper().readTree(json);
      Set<ValidationMessage> errors = MATCH_REPORT.validate(node);
      assertEquals(Set.of(), errors, () -> "match report does not follow its schema: " + json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
