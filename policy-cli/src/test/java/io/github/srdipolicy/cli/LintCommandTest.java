package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  private static final String DOC =
      """
      id: 示例发〔2024〕1号
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
          heading: {zh: 奖励, en: rewards}
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
                id: example.pool.revenue
                clause: 一
                label: {zh: 营业收入2000万元以上, en: revenue at least 2000万}
                indicator: operating-revenue
                at-least: 2000万元
      """;

  @TempDir Path dir;

  @Test
  void everyFileOnTheClassPath_hasNoError() {
    Cli.Result r = Cli.run(Cli.REAL, "lint");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("16 files checked: 0 errors"), r.out());
  }

  @Test
  void warnings_nameFileLineColumnAndClause() throws IOException {
    Path f = write("ok.yaml", DOC);
    Cli.Result r = Cli.run(Cli.REAL, "lint", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                f + ":11:11: WARNING [clause 二] clause is marked ENCODED but no fact cites it"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "criteria example.pool and cn.gradient-2022.lg.criteria for tier cn.little-giant"),
        r.out());
  }

  @Test
  void dashReadsStandardInput() {
    Cli.Result r = Cli.withInput(Cli.REAL, DOC, "lint", "-");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains("-:11:11: WARNING [clause 二] clause is marked ENCODED but no fact cites it"),
        r.out());
    assertTrue(r.out().contains("1 files checked: 0 errors"), r.out());
  }

  @Test
  void errors_nameFileLineColumnAndFact_andExitWith2() throws IOException {
    Path f =
        write(
            "bad.yaml",
            DOC.replace("at-least: 2000万元", "at-least: 40%")
                .replace(
                    "indicator: operating-revenue",
                    "indicator: operating-revenue\n" + " ".repeat(10) + "clause: 三")
                .replace(
                    "id: example.pool.revenue\n" + " ".repeat(10) + "clause: 一\n",
                    "id: example.pool.revenue\n"));
    Cli.Result r = Cli.run(Cli.REAL, "lint", f.toString());
    assertEquals(2, r.exit(), r.out());
    assertTrue(
        r.out()
            .contains(
                f
                    + ":24:15: ERROR [example.pool.revenue] compares operating-revenue, measured in WAN_YUAN,"
                    + " with 40%"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                f
                    + ":24:15: ERROR [example.pool.revenue] cites clause 三, which is not in the outline"),
        r.out());
  }

  @Test
  void unreadableFile_isOneLineWithFileLineAndColumn() throws IOException {
    Path f = write("typo.yaml", DOC.replace("kind: GENERAL", "kind: GENERIC"));
    Cli.Result r = Cli.run(Cli.REAL, "lint", f.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(f + ":21:"), r.err());
    assertTrue(r.err().contains("GENERIC"), r.err());
  }

  @Test
  void missingFile_isAUserError() {
    Cli.Result r = Cli.run(Cli.REAL, "lint", dir.resolve("none.yaml").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("No such file"), r.err());
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }
}
