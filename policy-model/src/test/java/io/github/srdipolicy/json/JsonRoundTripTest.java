package io.github.srdipolicy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.testing.FakePolicy;
import io.github.srdipolicy.testing.Generators;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every model and report type round-trips through JSON to an equal value, and reports match the
 * schemas.
 */
class JsonRoundTripTest {
  private static final ObjectMapper MAPPER = PolicyJson.mapper();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema PROFILE_SCHEMA = SCHEMAS.getSchema(PolicyJson.profileSchema());
  private static final JsonSchema REPORT_SCHEMA = SCHEMAS.getSchema(PolicyJson.reportSchema());

  @Provide
  Arbitrary<EligibilityCriteria> criteria() {
    return Generators.criteria(Generators.tree(3));
  }

  @Provide
  Arbitrary<EnterpriseProfile> profiles() {
    return Generators.profile();
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Property(tries = 1000)
  @Label("generated criteria of every shape round-trip to an equal object")
  void criteriaRoundTrip(@ForAll("criteria") EligibilityCriteria criteria) {
    assertEquals(criteria, PolicyJson.read(PolicyJson.write(criteria), EligibilityCriteria.class));
  }

  @Property(tries = 1000)
  @Label("generated profiles round-trip and satisfy the profile schema")
  void profileRoundTrip(@ForAll("profiles") EnterpriseProfile profile) {
    String json = PolicyJson.write(profile);
    assertEquals(profile, PolicyJson.readProfile(json));
    Set<ValidationMessage> errors = PROFILE_SCHEMA.validate(tree(json));
    assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
  }

  @Property(tries = 1000)
  @Label("reports on generated criteria round-trip and satisfy the report schema")
  void reportRoundTrip(
      @ForAll("criteria") EligibilityCriteria criteria,
      @ForAll("profiles") EnterpriseProfile profile) {
    EligibilityReport report =
        EligibilityEvaluator.DEFAULT.evaluate(criteria, profile, LocalDate.of(2024, 6, 1));
    String json = PolicyJson.write(report);
    assertEquals(report, PolicyJson.read(json, EligibilityReport.class));
    Set<ValidationMessage> errors = REPORT_SCHEMA.validate(tree(json));
    assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
  }

  @Test
  void document_roundTrips() {
    PolicyDocument doc = FakePolicy.document();
    assertEquals(doc, PolicyJson.read(PolicyJson.write(doc), PolicyDocument.class));
  }

  @Test
  void profileSchema_rejectsAmountsAsNumbersAndUnknownUnits() {
    assertFalse(
        PROFILE_SCHEMA
            .validate(
                tree(
                    "{\"jurisdiction\":\"220281\",\"values\":{\"operating-revenue\":{\"amount\":6000,\"unit\":\"WAN_YUAN\"}}}"))
            .isEmpty());
    assertFalse(
        PROFILE_SCHEMA
            .validate(
                tree(
                    "{\"jurisdiction\":\"220281\",\"values\":{\"operating-revenue\":{\"amount\":\"6000\",\"unit\":\"WAN\"}}}"))
            .isEmpty());
    assertTrue(
        PROFILE_SCHEMA
            .validate(
                tree(
                    "{\"jurisdiction\":\"220281\",\"values\":{\""
                        + Indicators.OPERATING_REVENUE.id()
                        + "\":{\"amount\":\"6000\",\"unit\":\"WAN_YUAN\"}}}"))
            .isEmpty());
  }
}
