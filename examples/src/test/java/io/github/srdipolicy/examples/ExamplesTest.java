package io.github.srdipolicy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.json.PolicyJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every example so that none can rot. Expected values are read from the documents (and their
 * encodings), or worked out by hand, never copied from a run.
 */
class ExamplesTest {
  private static String capture(java.util.function.Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The output with runs of spaces (table padding) collapsed, so checks do not depend on widths.
   */
  private static String collapsed(String out) {
    return out.replaceAll(" +", " ");
  }

  private static String lineStartingWith(String out, String prefix) {
    return Arrays.stream(out.split("\n"))
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in\n" + out));
  }

  @Test
  void explainedEvaluation_reportsUndeterminedWithMissingInputs() {
    String out = capture(ExplainedEvaluation::run);
    // 1800万 misses the 2000万 bound and profit-and-tax is not given: undetermined, not failed.
    assertTrue(out.startsWith("示例培育库入库条件 / example pool entry: UNDETERMINED"), out);
    assertTrue(out.contains("✗ 主营业务收入2000万元以上  actual 1800万元  required ≥ 2000万元"), out);
    assertTrue(out.contains("missing: indicator:profit-and-tax"), out);
    assertTrue(out.contains("missing: declaration:good-credit"), out);
    assertTrue(out.contains("[示例发〔2024〕1号 附件 制造类 1]"), out);
  }

  @Test
  void quickStart_matchesEveryTierWithCriteriaInForceInJiaohe() {
    String out = capture(QuickStart::run);
    // On 2024-06-01 Jiaohe's chain (220281, 220000, CN) has criteria only in 国科发政〔2017〕115号
    // (technology-based SME, since 2017), 工信部企业〔2022〕63号 (from 2022-06-01: innovative SME, SRDI
    // SME, little giant) and 工信部政法〔2023〕138号 (from 2023-08-01: single champion); the Jilin and
    // Jiaohe documents set no criteria of their own, and the 2016 champion plan and the conditions
    // cited in April 2022 are no longer in force.
    List<String> tiers = Arrays.stream(out.split("\n")).map(l -> l.split(" ")[0]).toList();
    assertEquals(
        List.of(
            "cn.tech-sme",
            "cn.innovative-sme",
            "cn.srdi-sme",
            "cn.little-giant",
            "cn.single-champion"),
        tiers,
        out);
    // The 2022 little-giant standard requires main business ≥ 70% of revenue (附件3); 65% fails the
    // all-of criteria outright.
    String littleGiant = lineStartingWith(out, "cn.little-giant ");
    assertTrue(littleGiant.startsWith("cn.little-giant NOT_ELIGIBLE"), littleGiant);
    assertTrue(
        littleGiant.contains("main-business-share 65% needs ≥ 70% [工信部企业〔2022〕63号 附件3"),
        littleGiant);
    // The 2023 champion conditions need years in the field, years with the new product, the
    // 3-year average main-business revenue and the global rank; none is given.
    String champion = lineStartingWith(out, "cn.single-champion ");
    assertTrue(champion.startsWith("cn.single-champion UNDETERMINED"), champion);
    for (String input :
        List.of(
            "indicator:years-in-field",
            "indicator:years-in-new-product",
            "indicator:main-business-revenue-avg-3y",
            "indicator:market-rank-global")) {
      assertTrue(champion.contains(input), champion);
    }
    // The SRDI SME standard passes by a score or a direct route, neither of which is given.
    assertTrue(lineStartingWith(out, "cn.srdi-sme ").contains("indicator:cn.srdi-score"), out);
  }

  @Test
  void jiaoheRewards_paysOnlyTheHighestRewardDueByTheDateAsked() {
    String out = collapsed(capture(JiaoheRewards::run));
    // 蛟政发〔2022〕4号 二、(一)第2项: first recognition as Jilin City SRDI SME 5万元, provincial 10万元,
    // national little giant 20万元; a firm recognised repeatedly gets one reward, at the higher
    // level.
    String end2022 =
        out.substring(out.indexOf("as of 2022-12-31:"), out.indexOf("as of 2024-12-31:"));
    String end2024 = out.substring(out.indexOf("as of 2024-12-31:"));
    assertTrue(
        end2022.contains(
            "due 5万元 jiaohe.reward.first-recognition.jilin-city (jilin-city.srdi-sme, "
                + "recognised 2022-09-15) HIGHEST_LEVEL_ONCE [蛟政发〔2022〕4号 二、(一)第2项]"),
        end2022);
    assertFalse(
        end2022.contains("provincial"), "the 2023 recognition is after the date asked: " + end2022);
    assertFalse(end2022.contains("withheld"), end2022);
    assertTrue(
        end2024.contains(
            "due 20万元 jiaohe.reward.first-recognition.national (cn.little-giant, "
                + "recognised 2024-07-15)"),
        end2024);
    assertTrue(
        end2024.contains("withheld 10万元 jiaohe.reward.first-recognition.provincial"), end2024);
    assertTrue(
        end2024.contains("withheld 5万元 jiaohe.reward.first-recognition.jilin-city"), end2024);
    assertEquals(1, end2024.split("due ", -1).length - 1, "only one reward due: " + end2024);
  }

  @Test
  void regionalComparison_setsTargetsAndThresholdsSideBySide() {
    String out = collapsed(capture(RegionalComparison::run));
    // Little-giant targets: Jiangsu 1500 by the end of 2025 (苏政办发〔2023〕3号 一、(三)1); Jinhu 1–2
    // new national little giants a year in 2022–2024 (金政发〔2022〕33号 二、(二)); Jilin 100 by 2025
    // (吉政发〔2022〕1号 一、(三)第1项); Jiaohe at least 1 in the 14th FYP (蛟政发〔2022〕4号 一、(三)1).
    assertTrue(
        out.contains("320000 EXACTLY 1500家 BY_DEADLINE by 2025-12-31 苏政办发〔2023〕3号 一、(三)1"), out);
    assertTrue(
        out.contains("320831 RANGE 1家–2家 PER_YEAR [2022-01-01, 2025-01-01) 金政发〔2022〕33号 二、(二)"),
        out);
    assertTrue(
        out.contains("220000 EXACTLY 100家 BY_DEADLINE by 2025-12-31 吉政发〔2022〕1号 一、(三)第1项"), out);
    assertTrue(
        out.contains("220281 AT_LEAST 1家 OVER_PERIOD [2021-01-01, 2026-01-01) 蛟政发〔2022〕4号 一、(三)1"),
        out);
    // Main-business share: Jinhu's county pool asks 40% (附件2 制造类 4), the national little giant 70%.
    String share =
        out.substring(out.indexOf("== main-business-share"), out.indexOf("== debt-to-asset-ratio"));
    assertTrue(
        share.contains("jinhu.annex2.criteria jinhu.pool ≥ 40% 金政发〔2022〕33号 附件2 制造类 4"), share);
    assertTrue(
        share.contains("cn.cited-2022.lg.criteria cn.little-giant ≥ 70% 金政发〔2022〕33号 附件3 小巨人 1"),
        share);
    // Debt ratio: Huai'an's city little giant caps it at 70% (附件5 小巨人企业 2).
    String debt =
        out.substring(
            out.indexOf("== debt-to-asset-ratio"), out.indexOf("== market-rank-province"));
    assertTrue(
        debt.contains(
            "jinhu.annex5.giant-criteria huaian.little-giant ≤ 70% 金政发〔2022〕33号 附件5 小巨人企业 2"),
        debt);
    // Provincial rank: top 5 for Jinhu's pool (附件2 制造类 2), top 10 for Huai'an's little giant (附件5
    // 小巨人企业 1).
    String rank = out.substring(out.indexOf("== market-rank-province"));
    assertTrue(
        rank.contains("jinhu.annex2.criteria jinhu.pool ≤ 第5位 金政发〔2022〕33号 附件2 制造类 2"), rank);
    assertTrue(
        rank.contains(
            "jinhu.annex5.giant-criteria huaian.little-giant ≤ 第10位 金政发〔2022〕33号 附件5 小巨人企业 1"),
        rank);
  }

  @Test
  void profileFromYearlyFigures_derivesIndicatorsAndPassesTheJinhuPool() {
    String out = capture(ProfileFromYearlyFigures::run);
    // Worked by hand from the accounts (万元): 2021 rev 2200 / main 1900 / R&D 90; 2022 2600 / 2300 /
    // 120;
    // 2023 3000 / 2600 / 150; 2023 assets 4000, liabilities 1800, 100 staff of whom 18 in R&D.
    for (String line :
        List.of(
            "main-business-revenue = 2600万元",
            "rnd-expenditure-sum-2y = 270万元", // 120 + 150
            "rnd-expenditure-avg-2y = 135万元",
            "main-business-revenue-avg-3y = 0.2266666667亿元", // (1900 + 2300 + 2600) / 3 =
            // 2266.6666…万 → to the fen
            "rnd-intensity = 5%", // 150 / 3000
            "rnd-intensity-2y = 4.821429%", // 270 / 5600 = 4.8214285…%
            "rnd-intensity-each-2y = 4.615385%", // min(120 / 2600 = 4.6153846…%, 5%)
            "main-business-share = 86.666667%", // 2600 / 3000
            "debt-to-asset-ratio = 45%", // 1800 / 4000
            "main-business-growth = 13.043478%", // 300 / 2300
            "main-business-growth-avg-2y = 17.048055%", // (400 / 1900 + 300 / 2300) / 2 =
            // (21.0526…% + 13.0434…%) / 2
            "rnd-staff-share = 18%",
            "not derivable from these years: operating-revenue-growth-avg-3y")) { // three rates
      // need four years
      assertTrue(out.contains("  " + line + "\n"), line + " in\n" + out);
    }
    // 金政发〔2022〕33号 附件2 制造类: main-business revenue ≥ 2000万 (1), provincial rank in the top 5 (2),
    // main-business share ≥ 40% (4); the rest is supplied by the firm, so the manufacturing track
    // passes.
    assertTrue(
        out.contains("金湖县专精特新小巨人企业培育库入库条件 / entry to the Jinhu little-giant pool: ELIGIBLE"), out);
    assertTrue(out.contains("  track manufacturing: ELIGIBLE"), out);
    assertTrue(out.contains("actual 2600万元  required ≥ 2000万元  [金政发〔2022〕33号 附件2 制造类 1]"), out);
    assertTrue(out.contains("actual 86.666667%  required ≥ 40%  [金政发〔2022〕33号 附件2 制造类 4]"), out);
    assertTrue(out.contains("actual 第4位  required ≤ 第5位  [金政发〔2022〕33号 附件2 制造类 2]"), out);
  }

  @Test
  void reportForWebFrontEnd_writesReportsThatFollowTheSchema() throws Exception {
    String out = capture(ReportForWebFrontEnd::run);
    JsonNode reports = PolicyJson.mapper().readTree(out);
    // On 2024-06-01 Jinhu's chain (320831, 320800, 320000, CN) has criteria in force in
    // 金政发〔2022〕33号
    // (annexes 1, 2, 4 and 5: six criteria), 国科发政〔2017〕115号 (one), 工信部企业〔2022〕63号 (three) and
    // 工信部政法〔2023〕138号 (one).
    assertTrue(reports.isArray(), out);
    assertEquals(11, reports.size());

    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(PolicyJson.reportSchema());
    List<String> criteria = new ArrayList<>();
    for (JsonNode report : reports) {
      Set<ValidationMessage> errors = schema.validate(report);
      assertTrue(errors.isEmpty(), report.path("criteria") + ": " + errors);
      criteria.add(report.path("criteria").asText());
    }
    assertTrue(
        criteria.containsAll(
            List.of(
                "jinhu.annex1.criteria",
                "jinhu.annex2.criteria",
                "jinhu.annex4.product-criteria",
                "jinhu.annex4.giant-criteria",
                "jinhu.annex5.product-criteria",
                "jinhu.annex5.giant-criteria",
                "cn.gradient-2022.srdi.criteria",
                "cn.champion-2023.criteria")),
        criteria.toString());

    // Jinhu's pool (附件2): 30% main-business share fails the ≥ 40% of the manufacturing track, and
    // the
    // innovation track lacks its declarations, so the whole is undetermined: the gap is the
    // track's.
    JsonNode pool = reports.get(criteria.indexOf("jinhu.annex2.criteria"));
    assertEquals("UNDETERMINED", pool.path("outcome").asText());
    assertEquals("MANUFACTURING", pool.path("tracks").get(0).path("kind").asText());
    assertEquals("NOT_ELIGIBLE", pool.path("tracks").get(0).path("outcome").asText());
    assertEquals(0, pool.path("gaps").size(), "an undetermined report has no gaps of its own");
    JsonNode gap = null;
    for (JsonNode g : pool.path("tracks").get(0).path("gaps")) {
      if (g.path("condition").asText().equals("jinhu.annex2.manufacturing.main-business-share")) {
        gap = g;
      }
    }
    assertTrue(gap != null, pool.path("tracks").toString());
    assertEquals(
        0,
        new BigDecimal("30").compareTo(new BigDecimal(gap.path("actual").path("amount").asText())));
    assertEquals(
        0,
        new BigDecimal("40")
            .compareTo(new BigDecimal(gap.path("required").path("amount").asText())));
    assertEquals("PERCENT", gap.path("required").path("unit").asText());

    // A front end can send a report back and get the same report.
    EligibilityReport back = PolicyJson.read(pool.toString(), EligibilityReport.class);
    assertEquals(Outcome.UNDETERMINED, back.outcome());
    assertEquals(PolicyJson.mapper().readTree(PolicyJson.write(back)), pool);
  }

  @Test
  void answersFirst_laddersBottomRungFirstWithOneStandingPerTier() {
    String out = capture(AnswersFirst::run);
    // Jiaohe's own ladder (蛟政发〔2022〕4号 二、(一)) starts at its seed enterprise and ends at the little
    // giant.
    int seed = out.indexOf("  · jiaohe.seed-enterprise");
    int giant = out.indexOf("  ? cn.little-giant");
    assertTrue(seed >= 0 && seed < giant, out);
    // The innovative-SME recognition of 2022-08-01 is held; 63号 sets no criteria the firm fails
    // outright here.
    assertTrue(out.contains("■ cn.innovative-sme: recognised on 2022-08-01"), out);
    // Jiaohe pays 20万 on a first national little-giant recognition (蛟政发〔2022〕4号 二、(一)).
    assertTrue(
        out.contains("cn.little-giant: ")
            && lineStartingWith(out, "  ? cn.little-giant").endsWith("+20万元"),
        out);
    assertTrue(out.contains("Next questions:\n  "), out);
  }

  @Test
  void questionnaire_answersWhatTheFirmKnowsAndSkipsTheRest() {
    String out = capture(Questionnaire::run);
    // Only what the firm knows is answered, each question once; the well-managed declaration (read
    // by
    // Jinhu's pool, 金政发〔2022〕33号 annex 1) and the debt ratio (63号 little giant) are among them.
    List<String> asked = Arrays.stream(out.split("\n")).filter(l -> l.startsWith("Q")).toList();
    assertFalse(asked.isEmpty(), out);
    assertEquals(
        asked.size(), asked.stream().map(l -> l.substring(l.indexOf(' '))).distinct().count(), out);
    for (String l : asked) {
      assertTrue(Questionnaire.KNOWN.containsValue(l.substring(l.lastIndexOf("> ") + 2)), l);
    }
    assertTrue(out.contains("Well managed? > 是"), out);
    assertTrue(out.contains("Debt-to-asset ratio (%)? > 48"), out);
    assertTrue(
        lineStartingWith(out, asked.size() + " answered, ")
            .matches("[0-9]+ answered, [0-9]+ skipped"),
        out);
  }
}
