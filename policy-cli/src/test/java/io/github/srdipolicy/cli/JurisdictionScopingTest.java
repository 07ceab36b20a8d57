package io.github.srdipolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.CriteriaScope;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.TierLadder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scoping rule on the real catalogue (every region module on the class path, as the jar has
 * them): criteria reach every firm under the jurisdiction recognising their tier, whichever
 * document states them; a firm where nothing is encoded gets the national criteria and is told so.
 */
class JurisdictionScopingTest {
  private static final Catalog CATALOG = Cli.REAL.get();
  private static final LocalDate DAY = LocalDate.of(2023, 6, 1);
  private static final String JINHU_DOC = "金政发〔2022〕33号";

  private static Set<String> reached(String code, LocalDate date) {
    EnterpriseProfile firm =
        EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of(code)).build();
    return CATALOG.match(firm, date).stream()
        .map(r -> r.criteria().toString())
        .collect(Collectors.toSet());
  }

  private static EligibilityReport report(String code, String criteria) {
    EnterpriseProfile firm =
        EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of(code)).build();
    return CATALOG.match(firm, DAY).stream()
        .filter(r -> r.criteria().toString().equals(criteria))
        .findFirst()
        .orElseThrow(() -> new AssertionError(criteria + " does not reach " + code));
  }

  /** The national criteria in force on a date: what every firm in China is matched against. */
  private static Set<String> national(LocalDate date) {
    return CATALOG.criteriaGoverning(JurisdictionCode.CN, date).stream()
        .map(c -> c.id().toString())
        .collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "Huai'an firm in {0}")
  @ValueSource(strings = {"320830", "320804", "320826", "320812", "320831"}) // 盱眙县 淮阴区 涟水县 清江浦区 金湖县
  @DisplayName(
      "金政发〔2022〕33号 annex 5 (Huai'an city little giant) reaches every Huai'an firm, annexes 1 and 4 too")
  void huaianCriteriaReachEveryHuaianFirm(String code) {
    Set<String> got = reached(code, DAY);
    assertTrue(
        got.containsAll(
            List.of(
                "jinhu.annex5.giant-criteria",
                "jinhu.annex5.product-criteria",
                "jinhu.annex1.criteria",
                "jinhu.annex4.giant-criteria",
                "jinhu.annex4.product-criteria")),
        got.toString());
    assertEquals(
        code.equals("320831"),
        got.contains("jinhu.annex2.criteria"),
        "annex 2 is Jinhu's own pool");
    assertTrue(got.containsAll(national(DAY)));
    String caveat =
        report(code, "jinhu.annex5.giant-criteria").caveats().stream()
            .map(t -> t.zh())
            .filter(t -> t.contains(JINHU_DOC) && t.contains("淮安市") && t.contains("金湖县"))
            .findFirst()
            .orElseThrow();
    assertTrue(caveat.contains("2022-04-22"), caveat);
  }

  @ParameterizedTest(name = "Jiangsu firm in {0}")
  @ValueSource(strings = {"320105", "320281", "321181", "320583"}) // 南京建邺区 无锡江阴市 镇江丹阳市 苏州昆山市
  @DisplayName(
      "annexes 1 and 4 (Jiangsu provincial criteria, as Jinhu restates them) reach every Jiangsu firm; annexes 2 and 5 do not")
  void jiangsuCriteriaReachEveryJiangsuFirm(String code) {
    Set<String> got = reached(code, DAY);
    assertTrue(
        got.containsAll(
            List.of(
                "jinhu.annex1.criteria",
                "jinhu.annex4.giant-criteria",
                "jinhu.annex4.product-criteria")),
        got.toString());
    assertFalse(
        got.contains("jinhu.annex2.criteria")
            || got.contains("jinhu.annex5.giant-criteria")
            || got.contains("jinhu.annex5.product-criteria"),
        got.toString());
    assertTrue(
        report(code, "jinhu.annex4.giant-criteria").caveats().stream()
            .anyMatch(t -> t.en().contains(JINHU_DOC) && t.en().contains("Jiangsu Province")));
  }

  @Test
  @DisplayName("who recognises and who restates, for every criteria of the Jinhu document")
  void scopesOfTheJinhuDocument() {
    PolicyDocument jinhu = CATALOG.document(DocumentId.of(JINHU_DOC));
    for (EligibilityCriteria c : jinhu.criteria()) {
      CriteriaScope s = CATALOG.criteriaScope(c.id());
      assertEquals(JurisdictionCode.of("320831"), s.statedBy());
      assertEquals(CATALOG.tier(c.tier()).jurisdiction(), s.recognisedBy());
      assertEquals(
          !s.recognisedBy().equals(JurisdictionCode.of("320831")),
          s.isRestatement(),
          c.id().toString());
      assertEquals(s.isRestatement(), s.caveat().isPresent());
    }
    assertFalse(
        CATALOG
            .criteriaScope(io.github.srdipolicy.model.FactId.of("jinhu.annex2.criteria"))
            .isRestatement());
  }

  @ParameterizedTest(name = "Jilin firm in {0}")
  @ValueSource(strings = {"220102", "220282", "222401", "220281"}) // 长春南关区 吉林桦甸市 延边延吉市 蛟河市
  @DisplayName(
      "every Jilin provincial fact reaches every Jilin firm: criteria, documents in force, ladders")
  void jilinProvincialFactsReachEveryJilinFirm(String code) {
    JurisdictionCode firm = JurisdictionCode.of(code);
    // 吉工信民营〔2018〕350号 is in force in late 2018 only.
    assertTrue(
        reached(code, LocalDate.of(2018, 10, 1))
            .contains("jilin.baiqianwan.criteria.hundred-strong"));
    Set<String> inForce =
        CATALOG.documentsInForce(firm, DAY).stream()
            .map(d -> d.id().toString())
            .collect(Collectors.toSet());
    assertTrue(inForce.contains("吉政发〔2022〕1号"), inForce.toString());
    assertEquals(code.equals("220281"), inForce.contains("蛟政发〔2022〕4号"));
    List<TierLadder> provincial = CATALOG.ladders(JurisdictionCode.of("220000"));
    assertFalse(provincial.isEmpty());
    assertTrue(CATALOG.ladders(firm).containsAll(provincial));
  }

  @Test
  @DisplayName(
      "a Guangdong firm is matched against the national criteria, and told which levels have no documents")
  void guangdongFirmGetsNationalCriteriaAndTheStatement() {
    for (String code : List.of("440106", "441900", "440305")) { // 广州天河区, 东莞市 (no counties), 深圳南山区
      assertEquals(national(DAY), reached(code, DAY), code);
      assertFalse(reached(code, DAY).isEmpty());
    }
    assertEquals(
        List.of("440106", "440100", "440000"),
        CATALOG.levelsWithoutDocuments(JurisdictionCode.of("440106")).stream()
            .map(j -> j.code().toString())
            .toList());
    assertEquals(
        List.of("441900", "440000"),
        CATALOG.levelsWithoutDocuments(JurisdictionCode.of("441900")).stream()
            .map(j -> j.code().toString())
            .toList());
    assertEquals(List.of(), CATALOG.levelsWithoutDocuments(JurisdictionCode.CN));
  }

  @Test
  @DisplayName(
      "the region modules' jurisdictions agree with the table (else the catalogue would not load)")
  void regionJurisdictionsAgreeWithTheTable() {
    for (String code : List.of("220000", "220200", "220281", "320000", "320800", "320831")) {
      Jurisdiction j = CATALOG.jurisdiction(JurisdictionCode.of(code));
      assertTrue(CATALOG.jurisdictions().contains(j), code);
    }
  }
}
