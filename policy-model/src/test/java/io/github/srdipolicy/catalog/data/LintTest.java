package io.github.srdipolicy.catalog.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.Indicators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintTest {
  private static final String DOC =
      """
      id: 示例发〔2024〕2号
      issuer: {zh: 示例县人民政府, en: Example County Government}
      title: {zh: 示例办法, en: Example measures}
      validity: {start: 2024-01-01}
      jurisdiction: CN
      completeness: COMPLETE
      indicators:
        - id: example.unused
          name: {zh: 未用指标, en: unused indicator}
          unit: WAN_YUAN
          window: PRIOR_YEAR
      tiers:
        - id: example.pool
          clause: 全文
          name: {zh: 示例培育库, en: example pool}
          jurisdiction: CN
          level: COUNTY
      criteria:
        - id: example.pool.criteria
          clause: 全文
          label: {zh: 入库条件, en: pool entry}
          tier: example.pool
          tracks:
            - id: .general
              kind: GENERAL
              label: {zh: 入库条件, en: pool entry}
              condition:
                id: example.pool.rnd
                clause: 全文
                type: banded
                label: {zh: 研发投入按营收分档, en: R&D banded by revenue}
                indicator: operating-revenue
                bands:
                  - range: {lower: 1亿元, lowerInclusive: true, upperInclusive: false}
                    then:
                      id: .big
                      clause: 全文
                      label: {zh: 研发强度3%以上, en: R&D at least 3%}
                      indicator: rnd-intensity
                      at-least: 3%
                  - range: {lower: 5000万元, lowerInclusive: true, upper: 8000万元, upperInclusive: false}
      """;

  private static DocumentFile read(String yaml) {
    return DocumentFiles.read(
        "lint.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void gapBetweenBands_andUnusedIndicator_areWarnings() {
    List<String> findings =
        Lint.check(List.of(read(DOC)), List.of(), Indicators.all()).stream()
            .map(Lint.Finding::toString)
            .toList();
    assertEquals(
        List.of(
            "lint.yaml:28:15: WARNING [example.pool.rnd] bands leave a gap between [5000万元, 8000万元) and [1亿元, ∞)",
            "lint.yaml:8:9: WARNING [example.unused] indicator example.unused is introduced but no fact uses it"),
        findings);
  }

  /** DOC with the condition under the first band a declaration instead of a comparison. */
  private static final String DECLARING =
      DOC.replace(
          "indicator: rnd-intensity\n" + " ".repeat(16) + "at-least: 3%",
          "type: qualitative\n"
              + " ".repeat(16)
              + "declaration: well-managed\n"
              + " ".repeat(16)
              + "assessment: DECLARATION");

  @Test
  void undeclaredDeclaration_isAnErrorOnLoad_withFileLineAndColumn() {
    List<String> errors =
        Lint.checkFile(read(DECLARING)).stream()
            .filter(f -> f.severity() == Lint.Severity.ERROR)
            .map(Lint.Finding::toString)
            .toList();
    assertEquals(
        List.of(
            "lint.yaml:36:21: ERROR [example.pool.rnd.big] uses declaration well-managed, which the"
                + " file does not list under 'declarations'"),
        errors);
    DataFileException e =
        assertThrows(
            DataFileException.class,
            () ->
                DocumentFiles.readChecked(
                    "lint.yaml",
                    new ByteArrayInputStream(DECLARING.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().startsWith("lint.yaml:36:21: 1 authoring error(s)"), e.getMessage());
  }

  @Test
  void declaredButUnusedDeclaration_isAWarning_withFileLineAndColumn() {
    String yaml =
        DECLARING.replace(
            "criteria:\n", "declarations:\n  - well-managed\n  - never-used\ncriteria:\n");
    DocumentFile f = read(yaml);
    assertEquals(List.of("well-managed", "never-used"), f.declarations());
    List<String> findings =
        Lint.check(List.of(f), List.of(), Indicators.all()).stream()
            .map(Lint.Finding::toString)
            .toList();
    assertTrue(
        findings.contains(
            "lint.yaml:20:5: WARNING [declaration never-used] declaration never-used is declared"
                + " but no criteria uses it"),
        findings.toString());
    assertEquals(
        List.of(),
        findings.stream().filter(x -> x.contains("ERROR")).toList(),
        "declared: no error");
    assertTrue(
        findings.stream().noneMatch(x -> x.contains("declaration well-managed")),
        findings.toString());
  }

  @Test
  void declarationListedTwice_isOneErrorNamingFileLineAndColumn() {
    String yaml =
        DECLARING.replace(
            "criteria:\n", "declarations:\n  - well-managed\n  - well-managed\ncriteria:\n");
    DataFileException e = assertThrows(DataFileException.class, () -> read(yaml));
    assertTrue(
        e.getMessage().startsWith("lint.yaml:20:5: declaration well-managed is listed twice"),
        e.getMessage());
  }

  @Test
  void unknownIndicatorAndWrongUnit_areErrors() {
    String yaml =
        DOC.replace("indicator: operating-revenue", "indicator: operating-revenu")
            .replace("at-least: 3%", "at-least: 3万元");
    List<String> findings =
        Lint.check(List.of(read(yaml)), List.of(), Indicators.all()).stream()
            .filter(f -> f.severity() == Lint.Severity.ERROR)
            .map(Lint.Finding::toString)
            .toList();
    assertEquals(
        List.of(
            "lint.yaml:28:15: ERROR [example.pool.rnd] indicator operating-revenu is not defined (neither standard nor in a data file)",
            "lint.yaml:36:21: ERROR [example.pool.rnd.big] compares rnd-intensity, measured in PERCENT, with 3万元 (WAN_YUAN)"),
        findings.stream().sorted().toList());
  }

  @Test
  void overlappingBands_areRejectedOnLoad_withTheirLine() {
    DataFileException e =
        assertThrows(
            DataFileException.class, () -> read(DOC.replace("upper: 8000万元", "upper: 1.2亿元")));
    // line and column of the banded condition's id
    assertEquals(
        "lint.yaml:28:11: Invalid bands of example.pool.rnd: '[1亿元, ∞) and [5000万元, 1.2亿元)'"
            + " (bands must not overlap) (in Banded)",
        e.getMessage());
  }

  @Test
  void atLeastMoreThanItsChildren_isRejectedOnLoad_withItsLine() {
    String yaml =
        DOC.substring(0, DOC.indexOf("    condition:"))
            + String.join(
                "\n",
                "    condition:",
                "          id: example.pool.three",
                "          clause: 全文",
                "          type: atLeast",
                "          count: 3",
                "          label: {zh: 满足其中三项, en: three of these}",
                "          conditions:",
                "            - {id: .a, clause: 全文, label: {zh: 甲, en: a}, indicator: rnd-intensity, at-least: 3%}",
                "            - {id: .b, clause: 全文, label: {zh: 乙, en: b}, indicator: operating-revenue, at-least: 1亿元}",
                "");
    DataFileException e = assertThrows(DataFileException.class, () -> read(yaml));
    assertEquals(
        "lint.yaml:28:11: Invalid count: '3' (must be from 1 to the number of conditions (2))"
            + " (in AtLeast)",
        e.getMessage());
  }

  /**
   * The loader finds the errors of checkFile from the written tree, without serialising the
   * document.
   */
  @Test
  void citationOutsideTheOutline_isRejectedOnLoad_withTheSameFindingsAsLint() {
    String yaml = DocumentFilesTest.GOOD.replaceFirst("(example\\.pool\\.ip\\s+clause: )一", "$1二");
    List<Lint.Finding> lint =
        Lint.checkFile(read(yaml)).stream()
            .filter(f -> f.severity() == Lint.Severity.ERROR)
            .toList();
    assertEquals(
        List.of(
            "lint.yaml:37:19: ERROR [example.pool.ip] cites clause 二, which is not in the outline"),
        lint.stream().map(Lint.Finding::toString).toList());
    DataFileException e =
        assertThrows(
            DataFileException.class,
            () ->
                DocumentFiles.readChecked(
                    "lint.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    assertEquals("lint.yaml:37:19: 1 authoring error(s):\n  " + lint.get(0), e.getMessage());
    assertEquals(
        Lint.checkFile(read(DocumentFilesTest.GOOD)).stream()
            .filter(f -> f.severity() == Lint.Severity.ERROR)
            .toList(),
        List.of());
    DocumentFiles.readChecked(
        "lint.yaml",
        new ByteArrayInputStream(DocumentFilesTest.GOOD.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The big band's requirement rewritten as a yes/no test: "indicator: high-tech-enterprise" and
   * the given test.
   */
  private static String yesNo(String test) {
    return DOC.replace(
        "indicator: rnd-intensity\n" + " ".repeat(16) + "at-least: 3%",
        "indicator: high-tech-enterprise\n" + " ".repeat(16) + test);
  }

  @Test
  void statusTest_onAYesNoIndicator_isClean_andReadAsTheModel() {
    DocumentFile f = read(yesNo("status: yes"));
    io.github.srdipolicy.model.Banded b =
        (io.github.srdipolicy.model.Banded)
            f.document().criteria().get(0).tracks().get(0).condition();
    io.github.srdipolicy.model.Status s =
        (io.github.srdipolicy.model.Status) b.bands().get(0).then().orElseThrow();
    assertEquals(Indicators.HIGH_TECH_ENTERPRISE.id(), s.indicator());
    assertTrue(s.required());
    assertEquals(
        false,
        ((io.github.srdipolicy.model.Status)
                ((io.github.srdipolicy.model.Banded)
                        read(yesNo("status: no"))
                            .document()
                            .criteria()
                            .get(0)
                            .tracks()
                            .get(0)
                            .condition())
                    .bands()
                    .get(0)
                    .then()
                    .orElseThrow())
            .required());
    assertEquals(
        List.of(),
        Lint.check(List.of(f), List.of(), Indicators.all()).stream()
            .filter(x -> x.severity() == Lint.Severity.ERROR)
            .toList());
  }

  @Test
  void comparisonOnAYesNoIndicator_isAnErrorOnLoad_pointingToStatus() {
    String yaml = yesNo("at-least: 1 flag");
    List<String> findings =
        Lint.check(List.of(read(yaml)), List.of(), Indicators.all()).stream()
            .filter(f -> f.severity() == Lint.Severity.ERROR)
            .map(Lint.Finding::toString)
            .toList();
    assertEquals(
        List.of(
            "lint.yaml:36:21: ERROR [example.pool.rnd.big] compares the yes/no indicator high-tech-enterprise"
                + " with 1 flag; write 'status: yes' instead of 'at-least'"),
        findings);
    DataFileException e =
        assertThrows(
            DataFileException.class,
            () ->
                DocumentFiles.readChecked(
                    "lint.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("write 'status: yes'"), e.getMessage());
  }

  @Test
  void comparisonOnAYesNoIndicator_withANonFlagBound_isStillAnError() {
    // A bound in another unit is a unit error too; the finding still says how a yes/no fact is
    // written.
    List<String> findings =
        Lint.check(List.of(read(yesNo("equal-to: 1项"))), List.of(), Indicators.all()).stream()
            .filter(f -> f.severity() == Lint.Severity.ERROR)
            .map(Lint.Finding::message)
            .toList();
    assertTrue(
        findings.contains(
            "compares the yes/no indicator high-tech-enterprise; write 'status: yes' or 'status: no'"
                + " instead of 'equal-to'"),
        findings.toString());
  }

  @Test
  void statusTest_onAnIndicatorThatIsNotYesNo_isAnError() {
    String yaml = DOC.replace("at-least: 3%", "status: yes");
    List<String> findings =
        Lint.check(List.of(read(yaml)), List.of(), Indicators.all()).stream()
            .filter(f -> f.severity() == Lint.Severity.ERROR)
            .map(Lint.Finding::toString)
            .toList();
    assertEquals(
        List.of(
            "lint.yaml:36:21: ERROR [example.pool.rnd.big] tests the status of rnd-intensity, which is measured"
                + " in PERCENT, not a yes/no indicator; compare it with a bound instead"),
        findings);
  }

  @Test
  void statusValueOtherThanYesOrNo_andStatusWithAnOperator_areRejectedWithTheirLine() {
    DataFileException bad =
        assertThrows(DataFileException.class, () -> read(yesNo("status: maybe")));
    assertTrue(bad.getMessage().startsWith("lint.yaml:40:25: field 'status'"), bad.getMessage());
    assertTrue(bad.getMessage().contains("expected yes or no"), bad.getMessage());
    DataFileException both =
        assertThrows(
            DataFileException.class,
            () -> read(yesNo("status: yes\n" + " ".repeat(16) + "at-least: 1 flag")));
    assertTrue(
        both.getMessage().contains("a yes/no fact is tested with 'status' alone"),
        both.getMessage());
  }
}
