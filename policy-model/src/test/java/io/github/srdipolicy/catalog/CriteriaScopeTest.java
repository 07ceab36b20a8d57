package io.github.srdipolicy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.testing.FakePolicy;
import io.github.srdipolicy.testing.ScopedPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scoping rule on invented documents placed in real divisions: a county document (金湖县 320831)
 * states criteria whose tiers other jurisdictions recognise.
 */
class CriteriaScopeTest {
  static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private static final JurisdictionCode JINHU = JurisdictionCode.of("320831");
  static final FactId POOL = FactId.of("fake.pool.criteria");
  static final FactId GIANT = FactId.of("fake.giant.criteria");

  static List<FactId> reached(Catalog catalog, String firm) {
    EnterpriseProfile p =
        EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of(firm)).build();
    return catalog.match(p, DAY).stream().map(EligibilityReport::criteria).toList();
  }

  @ParameterizedTest(name = "firm in {0}: pool {1}, giant {2}")
  @DisplayName(
      "pool recognised by Jiangsu, giant by Huai'an: every Jiangsu firm gets the pool, every Huai'an firm the giant")
  @CsvSource({
    "320831, true, true", // 金湖县, the issuer
    "320830, true, true", // 盱眙县
    "320804, true, true", // 淮阴区
    "320826, true, true", // 涟水县
    "320105, true, false", // 南京市建邺区
    "320281, true, false", // 无锡市江阴市
    "321181, true, false", // 镇江市丹阳市
    "220281, false, false", // 吉林省蛟河市
    "441900, false, false", // 东莞市
  })
  void provincialAndCityCriteriaReachTheirWholeJurisdiction(
      String firm, boolean pool, boolean giant) {
    Catalog catalog = ScopedPolicy.catalog("320000", "320800");
    List<FactId> got = reached(catalog, firm);
    assertEquals(pool, got.contains(POOL), got.toString());
    assertEquals(giant, got.contains(GIANT), got.toString());
  }

  @Test
  @DisplayName("a county's own tier reaches that county only")
  void countyCriteriaStayInTheCounty() {
    Catalog catalog = ScopedPolicy.catalog("320831", "320000");
    assertEquals(List.of(POOL, GIANT), reached(catalog, "320831"));
    for (String other : List.of("320830", "320804", "320826", "320105")) {
      assertEquals(List.of(GIANT), reached(catalog, other), other);
    }
  }

  @Test
  @DisplayName(
      "who recognises and who states: a restatement carries a caveat derived from both, in every report")
  void restatementCaveat() {
    Catalog catalog = ScopedPolicy.catalog("320831", "320800");
    CriteriaScope own = catalog.criteriaScope(POOL);
    assertFalse(own.isRestatement());
    assertEquals(Optional.empty(), own.caveat());
    CriteriaScope restated = catalog.criteriaScope(GIANT);
    assertTrue(restated.isRestatement());
    assertEquals(JurisdictionCode.of("320800"), restated.recognisedBy());
    assertEquals(JINHU, restated.statedBy());
    LocalizedText caveat = restated.caveat().orElseThrow();
    assertTrue(
        caveat.zh().contains("淮安市")
            && caveat.zh().contains("金湖县")
            && caveat.zh().contains(FakePolicy.DOC)
            && caveat.zh().contains("2024-01-15"),
        caveat.zh());
    assertTrue(
        caveat.en().contains("Huai'an") && caveat.en().contains("Jinhu County"), caveat.en());

    EnterpriseProfile firm =
        EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of("320830")).build();
    EligibilityReport report =
        catalog.match(firm, DAY).stream()
            .filter(r -> r.criteria().equals(GIANT))
            .findFirst()
            .orElseThrow();
    assertEquals(caveat, report.caveats().get(report.caveats().size() - 1));
    // The encoded criteria are unchanged: the caveat is derived, not stored.
    assertEquals(List.of(), catalog.fact(GIANT, EligibilityCriteria.class).caveats());
    assertThrows(
        IllegalArgumentException.class, () -> catalog.criteriaScope(FactId.of("fake.pool.money")));
  }

  @Test
  @DisplayName("honest emptiness: the levels of a chain without documents, the firm's own first")
  void levelsWithoutDocuments() {
    Catalog catalog = ScopedPolicy.catalog("320000", "320800");
    assertEquals(
        List.of("440106", "440100", "440000", "CN"),
        codes(catalog.levelsWithoutDocuments(JurisdictionCode.of("440106"))));
    assertEquals(
        List.of("320830", "320800", "320000", "CN"),
        codes(catalog.levelsWithoutDocuments(JurisdictionCode.of("320830"))));
    assertEquals(List.of("320800", "320000", "CN"), codes(catalog.levelsWithoutDocuments(JINHU)));
  }

  private static List<String> codes(List<Jurisdiction> js) {
    return js.stream().map(j -> j.code().toString()).toList();
  }

  @Test
  @DisplayName(
      "a source's jurisdictions that agree with the table are accepted, with the table's names")
  void agreeingJurisdictionIsAccepted() {
    Jurisdiction jinhu =
        Jurisdiction.builder()
            .code(JINHU)
            .level(JurisdictionLevel.COUNTY)
            .name(LocalizedText.of("金湖县", "Jinhu"))
            .parent(JurisdictionCode.of("320800"))
            .build();
    Catalog catalog = Catalog.of(ScopedPolicy.source(List.of(jinhu)));
    assertEquals("Jinhu County", catalog.jurisdiction(JINHU).name().en());
    assertTrue(catalog.jurisdictions().stream().anyMatch(j -> j.code().equals(JINHU)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "320831|COUNTY|金湖县|320000|disagrees with the GB/T 2260 table",
        "320831|PREFECTURE|金湖县|320800|disagrees with the GB/T 2260 table",
        "320831|COUNTY|金湖区|320800|disagrees with the GB/T 2260 table",
        "220381|COUNTY|公主岭市|220300|retired GB/T 2260 code, replaced by 220184",
      })
  void conflictingJurisdictionIsReported(
      String code, JurisdictionLevel level, String zh, String parent, String problem) {
    Jurisdiction wrong =
        Jurisdiction.builder()
            .code(JurisdictionCode.of(code))
            .level(level)
            .name(LocalizedText.of(zh, zh))
            .parent(JurisdictionCode.of(parent))
            .build();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Catalog.of(ScopedPolicy.source(List.of(wrong))));
    assertTrue(
        e.getMessage().contains(code)
            && e.getMessage().contains("scoping-fake")
            && e.getMessage().contains(problem),
        e.getMessage());
  }
}
