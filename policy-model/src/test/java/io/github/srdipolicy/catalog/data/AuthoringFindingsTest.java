package io.github.srdipolicy.catalog.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.srdipolicy.model.Indicators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One broken file for each authoring check of issue #11 that {@link LintTest} and {@link
 * DocumentFilesTest} do not already cover, each finding pinned whole with its file, line and column
 * (where the fact's id, or the clause's path, starts): an encoded clause no fact cites, two
 * criteria for one tier in force on the same day without a stated precedence, an English label that
 * repeats the Chinese, criteria for an undefined tier, a label without its English and a citation
 * of a clause missing from the outline.
 */
class AuthoringFindingsTest {
  /** Clean but for clause 二, marked encoded and cited by no fact; line numbers refer to it. */
  private static final String DOC =
      """
      id: 示例发〔2024〕3号
      issuer: {zh: 示例县人民政府, en: Example County Government}
      title: {zh: 示例办法, en: Example measures}
      validity: {start: 2024-01-01}
      jurisdiction: CN
      completeness: COMPLETE
      outline:
        - path: 一
          heading: {zh: 条件, en: criteria}
          status: ENCODED
        - path: 二
          heading: {zh: 另一条件, en: other criteria}
          status: ENCODED
      tiers:
        - id: example.pool
          clause: 一
          name: {zh: 示例培育库, en: example pool}
          jurisdiction: CN
          level: COUNTY
      criteria:
        - id: example.pool.criteria
          clause: 一
          label: {zh: 入库条件, en: pool entry}
          tier: example.pool
          tracks:
            - id: .general
              kind: GENERAL
              label: {zh: 一般条件, en: general}
              condition:
                id: example.pool.revenue
                clause: 一
                label: {zh: 营业收入2000万元以上, en: revenue of 20 million yuan or more}
                indicator: operating-revenue
                at-least: 2000万元
      """;

  /** Second criteria for the same tier, from clause 二, appended to {@link #DOC} (line 35 on). */
  private static final String SECOND =
      """
        - id: example.pool.criteria-b
          clause: 二
          label: {zh: 另一入库条件, en: other pool entry}
          tier: example.pool
          tracks:
            - id: .general
              kind: GENERAL
              label: {zh: 一般条件, en: general}
              condition:
                id: example.pool.b-revenue
                clause: 二
                label: {zh: 营业收入3000万元以上, en: revenue of 30 million yuan or more}
                indicator: operating-revenue
                at-least: 3000万元
      """;

  private static DocumentFile read(String yaml) {
    return DocumentFiles.read(
        "lint.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> findings(String yaml) {
    return Lint.check(List.of(read(yaml)), List.of(), Indicators.all()).stream()
        .map(Lint.Finding::toString)
        .toList();
  }

  private static DataFileException rejected(String yaml) {
    return assertThrows(
        DataFileException.class,
        () ->
            DocumentFiles.readChecked(
                "lint.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void clauseMarkedEncodedThatNoFactCites_isAWarningAtTheClause() {
    assertEquals(
        List.of(
            "lint.yaml:11:11: WARNING [clause 二] clause is marked ENCODED but no fact cites it"),
        findings(DOC));
  }

  @Test
  void twoCriteriaForOneTierOnTheSameDay_withoutPrecedence_isAWarningAtTheFirst() {
    assertEquals(
        List.of(
            "lint.yaml:21:9: WARNING [example.pool.criteria] criteria example.pool.criteria and"
                + " example.pool.criteria-b for tier example.pool are both in force on 2024-01-01"
                + " and no precedence between them is stated"),
        findings(DOC + SECOND));
    // Saying which prevails silences it.
    assertEquals(
        List.of(),
        findings(
            DOC
                + SECOND.replace(
                    "    tier: example.pool\n",
                    "    tier: example.pool\n    supersedes: [example.pool.criteria]\n")));
  }

  @Test
  void englishLabelRepeatingTheChinese_isAWarningAtItsFact() {
    assertEquals(
        List.of(
            "lint.yaml:11:11: WARNING [clause 二] clause is marked ENCODED but no fact cites it",
            "lint.yaml:30:15: WARNING [example.pool.revenue] the English label repeats the Chinese:"
                + " 营业收入2000万元以上"),
        findings(DOC.replace("en: revenue of 20 million yuan or more", "en: 营业收入2000万元以上")));
  }

  @Test
  void criteriaForATierNoDocumentDefines_isAnError() {
    String yaml = DOC.replace("tier: example.pool", "tier: example.poool");
    assertEquals(
        List.of(
            "lint.yaml:21:9: ERROR [example.pool.criteria] criteria for tier example.poool, which no"
                + " document defines",
            "lint.yaml:11:11: WARNING [clause 二] clause is marked ENCODED but no fact cites it"),
        findings(yaml));
  }

  @Test
  void labelWithoutItsEnglish_isRejectedWithLineAndColumn() {
    DataFileException e =
        assertThrows(
            DataFileException.class,
            () ->
                read(
                    DOC.replace(
                        "label: {zh: 营业收入2000万元以上, en: revenue of 20 million yuan or more}",
                        "label: {zh: 营业收入2000万元以上}")));
    assertEquals("lint.yaml:32:18: ", e.getMessage().substring(0, "lint.yaml:32:18: ".length()));
    assertEquals(32, e.line());
  }

  @Test
  void citationOfAClauseMissingFromTheOutline_isRejectedOnLoadWithItsLine() {
    DataFileException e =
        rejected(
            DOC.replace(
                "clause: 一\n" + " ".repeat(10) + "label: {zh: 营业",
                "clause: 三\n" + " ".repeat(10) + "label: {zh: 营业"));
    assertEquals(
        "lint.yaml:30:15: 1 authoring error(s):\n"
            + "  lint.yaml:30:15: ERROR [example.pool.revenue] cites clause 三, which is not in the"
            + " outline",
        e.getMessage());
  }
}
