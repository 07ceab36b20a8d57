package io.github.srdipolicy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The profile reader is exactly as strict as the shipped schema: on a corpus of well-formed JSON
 * documents (hostile and ordinary), the reader accepts a document if and only if the real validator
 * (networknt) finds it valid against {@link PolicyJson#profileSchema()}.
 *
 * <p>Two kinds of rule lie outside a schema and are tested elsewhere: JSON-level ones (a key given
 * twice, content after the document: the validator sees only the parsed tree) and calendar validity
 * of dates (the schema's pattern accepts {@code 2023-02-30}; the reader does not), listed in {@link
 * #READER_STRICTER}.
 */
class ProfileSchemaAgreementTest {
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(PolicyJson.profileSchema());
  private static final ObjectMapper LENIENT = new ObjectMapper();

  /**
   * Documents the schema admits and the reader rejects, each for a rule no schema pattern states.
   */
  static final List<String> READER_STRICTER =
      List.of(
          "{\"jurisdiction\":\"990001\",\"asOf\":\"2023-02-30\"}",
          "{\"jurisdiction\":\"990001\",\"tiers\":[{\"tier\":\"x\",\"recognised\":\"2023-13-01\"}]}",
          "{\"jurisdiction\":\"990001\",\"tiers\":[{\"tier\":\"x\",\"recognised\":\"2023-06-01\",\"expires\":\"2023-01-01\"}]}");

  static List<String> corpus() {
    List<String> docs = new ArrayList<>();
    String[] roots = {
      "{}",
      "[]",
      "null",
      "1",
      "\"x\"",
      "{\"jurisdiction\":\"990001\"}",
      "{\"jurisdiction\":\"CN\"}",
      "{\"jurisdiction\":\"099001\"}",
      "{\"jurisdiction\":\"9900011\"}",
      "{\"jurisdiction\":990001}",
      "{\"jurisdiction\":null}",
      "{\"jurisdiction\":\"990001\",\"name\":123}",
      "{\"jurisdiction\":\"990001\",\"name\":\"\\u001b[2J\"}",
      "{\"jurisdiction\":\"990001\",\"name\":null}",
      "{\"jurisdiction\":\"990001\",\"asOf\":\"2023-06-01\"}",
      "{\"jurisdiction\":\"990001\",\"asOf\":1685577600}",
      "{\"jurisdiction\":\"990001\",\"asOf\":[2023,6,1]}",
      "{\"jurisdiction\":\"990001\",\"asOf\":\"2023-6-1\"}",
      "{\"jurisdiction\":\"990001\",\"asOf\":\"2023-06-01T00:00\"}",
      "{\"jurisdiction\":\"990001\",\"tiersComplete\":false}",
      "{\"jurisdiction\":\"990001\",\"tiersComplete\":\"false\"}",
      "{\"jurisdiction\":\"990001\",\"tiersComplete\":0}",
      "{\"jurisdiction\":\"990001\",\"@class\":\"x\"}",
      "{\"jurisdiction\":\"990001\",\"declarations\":{\"well-managed\":true}}",
      "{\"jurisdiction\":\"990001\",\"declarations\":{\"well-managed\":\"true\"}}",
      "{\"jurisdiction\":\"990001\",\"declarations\":{\"well-managed\":1}}",
      "{\"jurisdiction\":\"990001\",\"declarations\":{\"well-managed\":null}}",
      "{\"jurisdiction\":\"990001\",\"declarations\":{\"Well Managed\":true}}",
      "{\"jurisdiction\":\"990001\",\"declarations\":[]}",
      "{\"jurisdiction\":\"990001\",\"tiers\":[]}",
      "{\"jurisdiction\":\"990001\",\"tiers\":{}}",
      "{\"jurisdiction\":\"990001\",\"tiers\":[{\"tier\":\"a.b\",\"recognised\":\"2022-01-01\"}]}",
      "{\"jurisdiction\":\"990001\",\"tiers\":[{\"tier\":\"a.b\"}]}",
      "{\"jurisdiction\":\"990001\",\"tiers\":[{\"tier\":\"A.B\",\"recognised\":\"2022-01-01\"}]}",
      "{\"jurisdiction\":\"990001\",\"tiers\":[{\"tier\":\"a.b\",\"recognised\":\"2022-01-01\",\"x\":1}]}",
      "{\"jurisdiction\":\"990001\",\"tiers\":[{\"tier\":\"a.b\",\"recognised\":\"2022-01-01\",\"expires\":\"2023-01-01\"}]}",
      "{\"jurisdiction\":\"990001\",\"tiers\":[null]}",
      "{\"jurisdiction\":\"990001\",\"values\":[]}",
      "{\"jurisdiction\":\"990001\",\"values\":{\"Revenue\":{\"amount\":\"1\",\"unit\":\"YUAN\"}}}",
      "{\"jurisdiction\":\"990001\",\"values\":{\"x\":null}}",
      "{\"jurisdiction\":\"990001\",\"values\":{\"x\":{\"amount\":\"1\"}}}",
      "{\"jurisdiction\":\"990001\",\"values\":{\"x\":{\"amount\":\"1\",\"unit\":\"YUAN\",\"note\":\"\"}}}",
    };
    docs.addAll(List.of(roots));
    String[] amounts = {
      "0",
      "1",
      "-1",
      "2.5",
      "0.5",
      "-0",
      "2.0",
      "2.000",
      "6000",
      " 6000",
      "6000 ",
      "6e3",
      "1E+2",
      "1e999999999",
      "+1",
      ".5",
      "5.",
      "0x10",
      "1,000",
      "",
      "-",
      "NaN",
      "Infinity",
      "9".repeat(64),
      "9".repeat(65),
      "0." + "1".repeat(64),
      "0." + "1".repeat(65),
      "6",
      "5",
      "5.0",
      "1.00",
      "0.0",
      "-0.0",
      "01"
    };
    for (Unit unit : Unit.values()) {
      for (String a : amounts) {
        docs.add(
            "{\"jurisdiction\":\"990001\",\"values\":{\"x\":{\"amount\":\""
                + a
                + "\",\"unit\":\""
                + unit
                + "\"}}}");
      }
      docs.add(
          "{\"jurisdiction\":\"990001\",\"values\":{\"x\":{\"amount\":1,\"unit\":\""
              + unit
              + "\"}}}");
    }
    docs.add(
        "{\"jurisdiction\":\"990001\",\"values\":{\"x\":{\"amount\":\"1\",\"unit\":\"yuan\"}}}");
    docs.add("{\"jurisdiction\":\"990001\",\"values\":{\"x\":{\"amount\":\"1\",\"unit\":1}}}");
    return docs;
  }

  private static boolean schemaAccepts(String json) throws Exception {
    return SCHEMA.validate(LENIENT.readTree(json)).isEmpty();
  }

  private static boolean readerAccepts(String json) {
    try {
      PolicyJson.readProfile(json);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void readerAndSchemaAgree_onEveryDocumentOfTheCorpus() throws Exception {
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    for (String doc : corpus()) {
      boolean schema = schemaAccepts(doc);
      boolean reader = readerAccepts(doc);
      accepted += reader ? 1 : 0;
      if (schema != reader) {
        disagreements.add(
            (schema ? "schema accepts, reader rejects: " : "reader accepts, schema rejects: ")
                + doc);
      }
    }
    assertEquals(List.of(), disagreements);
    // Not a vacuous agreement: the corpus holds many valid documents and many invalid ones.
    assertEquals(true, accepted > 100 && accepted < corpus().size() - 100, "accepted " + accepted);
  }

  @Test
  void theReaderIsStricterOnlyWhereNoSchemaPatternCanSay() throws Exception {
    for (String doc : READER_STRICTER) {
      assertEquals(true, schemaAccepts(doc), doc);
      assertEquals(false, readerAccepts(doc), doc);
    }
  }

  @Property(tries = 500)
  @Label("every written profile is valid for both the schema and the reader")
  void writtenProfiles_areAcceptedByBoth(@ForAll("profiles") EnterpriseProfile profile)
      throws Exception {
    String json = PolicyJson.write(profile);
    assertEquals(true, schemaAccepts(json), json);
    assertEquals(profile, PolicyJson.readProfile(json));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<EnterpriseProfile> profiles() {
    return Generators.profile();
  }
}
