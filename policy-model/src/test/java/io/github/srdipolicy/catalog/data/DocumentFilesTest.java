package io.github.srdipolicy.catalog.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SumComparison;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentFilesTest {
  /** A small but complete file; line numbers below refer to it. */
  static final String GOOD =
      """
      id: 示例发〔2024〕1号
      issuer: {zh: 示例县人民政府, en: Example County Government}
      title: {zh: 示例办法, en: Example measures}
      validity: {start: 2024-01-01}
      jurisdiction: CN
      completeness: COMPLETE
      confidence: SECONDARY_C
      defaults:
        provenance:
          SECONDARY_C: two reposts
      outline:
        - path: 一
          heading: {zh: 条件, en: criteria}
          status: ENCODED
      criteria:
        - id: example.pool
          clause: 一
          label: {zh: 入库条件, en: pool entry}
          tier: cn.little-giant
          tracks:
            - id: .general
              kind: GENERAL
              label: {zh: 入库条件, en: pool entry}
              condition:
                id: .any
                clause: 一
                type: anyOf
                label: {zh: 其一, en: one of}
                conditions:
                  - id: example.pool.revenue
                    clause: 一
                    confidence: SEED
                    provenance: null
                    label: {zh: 营业收入2000万元以上, en: revenue at least 2000万}
                    indicator: operating-revenue
                    at-least: 2000万元
                  - id: example.pool.ip
                    clause: 一
                    label: {zh: 专利超过5项, en: more than 5 patents}
                    indicators: [invention-patents, utility-model-patents]
                    more-than: 5项
      """;

  static DocumentFile read(String yaml) {
    return DocumentFiles.read(
        "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  static DataFileException broken(String yaml) {
    return assertThrows(DataFileException.class, () -> read(yaml));
  }

  @Test
  void readableForm_becomesTheModel() {
    PolicyDocument d = read(GOOD).document();
    EligibilityCriteria c = d.criteria().get(0);
    assertEquals("example.pool.general", c.tracks().get(0).id().toString());
    AnyOf any = (AnyOf) c.tracks().get(0).condition();
    assertEquals("example.pool.general.any", any.id().toString());
    assertEquals(Confidence.SECONDARY_C, any.source().confidence());
    assertEquals("two reposts", any.source().provenance().orElseThrow());
    assertEquals("一", any.source().clause());
    Comparison revenue = (Comparison) any.conditions().get(0);
    assertEquals(Operator.AT_LEAST, revenue.operator());
    assertEquals(Quantity.wanYuan("2000"), revenue.threshold());
    assertEquals(Confidence.SEED, revenue.source().confidence());
    assertTrue(revenue.source().provenance().isEmpty());
    SumComparison ip = (SumComparison) any.conditions().get(1);
    assertEquals(Operator.GREATER_THAN, ip.operator());
    assertEquals("5", ip.threshold().amount().toPlainString());
  }

  @Test
  void lineAndColumnOfEachFact_areKnown() {
    assertEquals(30, read(GOOD).lineOf("example.pool.revenue"));
    // "            - id: example.pool.revenue": the id's value starts at column 19.
    assertEquals(19, read(GOOD).columnOf("example.pool.revenue"));
    assertEquals(0, read(GOOD).columnOf("no.such.fact"));
  }

  @Test
  void goodFile_isValidAgainstTheSchema() throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(DocumentFiles.schema());
    assertEquals("[]", schema.validate(new YAMLMapper().readTree(GOOD)).toString());
    assertTrue(
        schema
            .validate(
                new YAMLMapper().readTree(GOOD.replace("at-least: 2000万元", "at-least: 2000万")))
            .toString()
            .contains("at-least"));
  }

  @Test
  void amountWithoutAKnownUnit_isNamedWithLineAndColumn() {
    DataFileException e = broken(GOOD.replace("at-least: 2000万元", "at-least: 2000万"));
    assertEquals(
        "test.yaml:36:25: field 'at-least': expected an amount with its unit, such as 2000万元, 40% or 3 level"
            + " (units: "
            + Notation.unitWords()
            + "), but found '2000万'",
        e.getMessage());
    assertEquals(36, e.line());
  }

  @Test
  void misspelledField_isNamedWithLineAndColumn() {
    DataFileException e = broken(GOOD.replace("tier: cn.little-giant", "teir: cn.little-giant"));
    assertTrue(e.getMessage().matches("(?s)test\\.yaml:19:[1-9]\\d*: .*"), e.getMessage());
    assertTrue(e.getMessage().contains("'teir'"), e.getMessage());
  }

  @Test
  void unknownEnumValue_saysWhatIsAccepted() {
    DataFileException e = broken(GOOD.replace("kind: GENERAL", "kind: GENERIC"));
    assertTrue(e.getMessage().matches("(?s)test\\.yaml:22:[1-9]\\d*: .*"), e.getMessage());
    assertTrue(
        e.getMessage().contains("GENERIC") && e.getMessage().contains("GENERAL"), e.getMessage());
  }

  @Test
  void badDate_isNamedWithItsLine() {
    DataFileException e = broken(GOOD.replace("start: 2024-01-01", "start: 2024-13-01"));
    assertTrue(e.getMessage().matches("(?s)test\\.yaml:4:[1-9]\\d*: .*"), e.getMessage());
  }

  @Test
  void twoOperators_areRejected() {
    DataFileException e =
        broken(
            GOOD.replace(
                "at-least: 2000万元", "at-least: 2000万元\n" + " ".repeat(14) + "at-most: 3000万元"));
    assertTrue(e.getMessage().matches("(?s)test\\.yaml:[1-9]\\d*:[1-9]\\d*: .*"), e.getMessage());
    assertTrue(e.getMessage().contains("one operator"), e.getMessage());
  }

  @Test
  void keyWrittenTwice_isRejected() {
    DataFileException e =
        broken(GOOD.replace("jurisdiction: CN", "jurisdiction: CN\njurisdiction: CN"));
    assertTrue(e.getMessage().startsWith("test.yaml:6:1: field 'jurisdiction'"), e.getMessage());
  }

  @Test
  void relativeIdOutsideAFact_isRejected() {
    DataFileException e = broken(GOOD.replace("- id: example.pool\n", "- id: .pool\n"));
    assertTrue(e.getMessage().matches("(?s)test\\.yaml:16:[1-9]\\d*: .*"), e.getMessage());
    assertTrue(e.getMessage().contains("not nested in a fact"), e.getMessage());
  }

  @Test
  void missingLabelLanguage_isNamed() {
    DataFileException e = broken(GOOD.replace("label: {zh: 其一, en: one of}", "label: {zh: 其一}"));
    assertTrue(e.getMessage().matches("(?s)test\\.yaml:[1-9]\\d*:[1-9]\\d*: .*"), e.getMessage());
    assertTrue(e.getMessage().contains("en"), e.getMessage());
  }

  @Test
  void invalidYaml_isNamedWithItsLine() {
    DataFileException e =
        broken(GOOD.replace("title: {zh: 示例办法, en: Example measures}", "title: {zh: 示例办法"));
    assertTrue(e.getMessage().matches("(?s)test\\.yaml:[1-9]\\d*:[1-9]\\d*: .*"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  /** The 1-based line of the first line of a text holding a fragment. */
  private static int lineOf(String yaml, String fragment) {
    String[] lines = yaml.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError(fragment);
  }

  @Test
  void unknownConditionType_namesTheTypesAccepted() {
    String yaml = GOOD.replace("type: anyOf", "type: oneOf");
    DataFileException e = broken(yaml);
    assertTrue(
        e.getMessage().matches("(?s)test\\.yaml:" + lineOf(yaml, "type: oneOf") + ":[1-9]\\d*: .*"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("field 'type'")
            && e.getMessage().contains("'oneOf'")
            && e.getMessage().contains("anyOf"),
        e.getMessage());
  }

  @Test
  void missingRequiredField_isNamedAtItsFact() {
    String yaml = GOOD.replace("\n    tier: cn.little-giant", "");
    DataFileException e = broken(yaml);
    assertTrue(
        e.getMessage()
            .matches("(?s)test\\.yaml:" + lineOf(yaml, "- id: example.pool") + ":[1-9]\\d*: .*"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("field 'tier': required but not written (in EligibilityCriteria)"),
        e.getMessage());
  }

  @Test
  void valueOfTheWrongKind_saysWhatWasExpected() {
    String yaml =
        GOOD.replace(
            "indicators: [invention-patents, utility-model-patents]",
            "indicators: invention-patents");
    DataFileException e = broken(yaml);
    assertEquals(
        "test.yaml:"
            + lineOf(yaml, "indicators: invention-patents")
            + ":27: field 'indicators': expected a "
            + "list, but found 'invention-patents' (in SumComparison)",
        e.getMessage());
  }

  @Test
  void badId_andBadWholeNumber_areNamed() {
    String yaml = GOOD.replace("tier: cn.little-giant", "tier: Little Giant");
    DataFileException e = broken(yaml);
    assertTrue(
        e.getMessage()
            .matches("(?s)test\\.yaml:" + lineOf(yaml, "tier: Little Giant") + ":[1-9]\\d*: .*"),
        e.getMessage());
    assertTrue(e.getMessage().contains("field 'tier': expected a tier id"), e.getMessage());
    String count = GOOD.replace("type: anyOf", "type: atLeast\n" + " ".repeat(10) + "count: two");
    DataFileException c = broken(count);
    assertTrue(
        c.getMessage().matches("(?s)test\\.yaml:" + lineOf(count, "count: two") + ":[1-9]\\d*: .*"),
        c.getMessage());
    assertTrue(
        c.getMessage()
            .contains("field 'count': expected a whole number, but found 'two' (in AtLeast)"),
        c.getMessage());
  }
}
