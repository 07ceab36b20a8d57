package io.github.srdipolicy.cli;

import static io.github.srdipolicy.cli.Cli.real;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.json.PolicyJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policy jurisdictions}, codes anywhere in China in {@code ladder} and {@code match}, and
 * their errors.
 */
class JurisdictionsCommandTest {
  @Test
  void searchByZhNamePinyinAndCodePrefix() {
    for (String query : List.of("蛟河", "jiaohe", "JiaoHe")) {
      Cli.Result r = real("jurisdictions", query);
      assertEquals(0, r.exit(), r.err());
      List<String> lines = r.out().lines().toList();
      assertEquals(3, lines.size(), r.out()); // header, rule, one row
      assertTrue(
          lines.get(2).startsWith("220281")
              && lines.get(2).contains("蛟河市")
              && lines.get(2).contains("Jiaohe")
              && lines.get(2).contains("county")
              && lines.get(2).contains("吉林市 · 吉林省"),
          lines.get(2));
    }
    Cli.Result huaian = real("jurisdictions", "huaian");
    assertTrue(huaian.out().contains("320800") && huaian.out().contains("Huai'an"), huaian.out());
    Cli.Result prefix = real("jurisdictions", "3208");
    assertEquals(
        10,
        prefix.out().lines().count(),
        prefix.out()); // header, rule, 淮安市 and its 7 counties and districts
  }

  @Test
  void languagesAndFormats() throws Exception {
    String en = real("jurisdictions", "jiaohe", "--lang", "en").out();
    assertTrue(en.lines().toList().get(2).matches("220281 +Jiaohe +county +Jilin.*"), en);
    assertFalse(en.contains("蛟河市"), en);
    String zh = real("jurisdictions", "jiaohe", "--lang", "zh").out();
    assertTrue(zh.contains("蛟河市") && !zh.contains("Jiaohe"), zh);
    List<String> csv = real("jurisdictions", "jiaohe", "--format", "csv").out().lines().toList();
    assertEquals(
        List.of("code,name_zh,name_en,level,within", "220281,蛟河市,Jiaohe,COUNTY,220200;220000"),
        csv);
    JsonNode json =
        PolicyJson.mapper().readTree(real("jurisdictions", "220381", "--format", "json").out());
    assertEquals("220184", json.get("replacedBy").asText());
    JsonNode many =
        PolicyJson.mapper()
            .readTree(real("jurisdictions", "区", "--limit", "3", "--format", "json").out());
    assertEquals(3, many.get("matches").size());
    assertTrue(many.get("more").asInt() > 0);
  }

  @Test
  void retiredCodeShowsItsReplacement_andLongListsAreCut() {
    Cli.Result r = real("jurisdictions", "220381");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("220381 is a retired code, replaced by 220184\n"), r.out());
    Cli.Result many = real("jurisdictions", "区", "--limit", "3");
    assertEquals(6, many.out().lines().count(), many.out());
    assertTrue(many.out().lines().toList().get(5).startsWith("... and "), many.out());
    Cli.Result none = real("jurisdictions", "atlantis");
    assertEquals("No jurisdiction matches 'atlantis'.\n", none.out());
  }

  @Test
  void ladderAcceptsAnyCode_andAnUnknownOneSuggestsTheNearest() {
    Cli.Result ok = real("ladder", "320830");
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(
        ok.out().startsWith("Ladders for 盱眙县 (Xuyi County) [320830] → 淮安市 (Huai'an) [320800]"),
        ok.out());
    Cli.Result wrong = real("ladder", "220299");
    assertEquals(PolicyCommand.USER_ERROR, wrong.exit());
    assertTrue(
        wrong
            .err()
            .startsWith(
                "policy ladder: Unknown jurisdiction: '220299': 220200 吉林市 (Jilin City) has no "
                    + "division 220299; nearest valid code: 220284 磐石市"),
        wrong.err());
    Cli.Result level = real("ladder", "229900");
    assertTrue(
        level.err().contains("the prefecture part 99 is not one of 220000 吉林省"), level.err());
  }

  @Test
  void guangdongFirmGetsNationalResultsAndTheNoDocumentsStatement(@TempDir Path dir)
      throws Exception {
    Path firm = dir.resolve("guangzhou.json");
    Files.writeString(
        firm, "{\"name\":\"广州示例\",\"jurisdiction\":\"440106\",\"asOf\":\"2023-06-01\"}");
    Cli.Result summary = real("match", firm.toString());
    assertEquals(0, summary.exit(), summary.err());
    assertTrue(summary.out().contains("No encoded documents of their own yet"), summary.out());
    assertTrue(
        summary.out().contains("[440106, county]")
            && summary.out().contains("[440100, prefecture]")
            && summary.out().contains("[440000, province]"),
        summary.out());
    Cli.Result text = real("match", firm.toString(), "--detail");
    assertEquals(0, text.exit(), text.err());
    assertTrue(
        text.out()
            .contains(
                "No encoded documents yet for: 天河区 Tianhe District (440106, county), "
                    + "广州市 Guangzhou (440100, prefecture), 广东省 Guangdong Province (440000, province)."),
        text.out());
    assertTrue(text.out().contains("cn.little-giant"), text.out());

    Cli.Result json = real("match", firm.toString(), "--format", "json", "--detail");
    assertEquals(0, json.exit(), json.err());
    Schemas.assertValidMatchReport(json.out());
    JsonNode root = PolicyJson.mapper().readTree(json.out());
    assertEquals(
        List.of("440106", "440100", "440000"),
        root.get("levelsWithoutDocuments").findValuesAsText("code"));
    root.get("documents")
        .forEach(d -> assertEquals("CN", d.get("jurisdiction").asText(), d.toString()));

    JsonNode summaryJson =
        PolicyJson.mapper().readTree(real("match", firm.toString(), "--format", "json").out());
    List<String> levels = new java.util.ArrayList<>();
    summaryJson.get("levelsWithoutDocuments").forEach(c -> levels.add(c.asText()));
    assertEquals(List.of("440106", "440100", "440000"), levels, "the summary JSON says it too");
  }
}
