package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.testing.PrecedencePolicy;
import io.github.srdipolicy.testing.ScopedPolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The screener picks the criteria the catalogue's own rules pick: by the scope of the issuing
 * jurisdiction ({@link ScopedPolicy}) and by application kind and date ({@link PrecedencePolicy}),
 * the invented policies the core's own tests of those rules use.
 */
class ScreenerScopeTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private static final FactId POOL = FactId.of("fake.pool.criteria");
  private static final FactId GIANT = FactId.of("fake.giant.criteria");

  @Test
  @DisplayName("the screener applies criteria to the same firms as match does")
  void screenerFollowsTheScopeRule() {
    Catalog catalog = ScopedPolicy.catalog("320000", "320800");
    Screener screener = Screener.of(catalog, DAY);
    for (String firm : List.of("320831", "320830", "320105", "441900")) {
      EnterpriseProfile p =
          EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of(firm)).build();
      var result = screener.screen(List.of(p), DAY);
      List<FactId> reached =
          catalog.match(p, DAY).stream().map(EligibilityReport::criteria).toList();
      for (int c = 0; c < 2; c++) {
        FactId id = c == 0 ? POOL : GIANT;
        assertEquals(reached.contains(id), result.outcome(0, c).isPresent(), firm + " " + id);
      }
    }
  }

  @Test
  @DisplayName("the screener compiles the sets that apply to the application kind, as match does")
  void screenerFollowsApplicability() {
    LocalDate day = LocalDate.of(2025, 6, 1);
    for (ApplicationKind kind : List.of(ApplicationKind.NEW, ApplicationKind.RENEWAL)) {
      List<String> matched =
          PrecedencePolicy.CATALOG.match(PrecedencePolicy.firm(kind, "1500"), day).stream()
              .map(EligibilityReport::criteria)
              .map(FactId::toString)
              .sorted()
              .toList();
      List<String> compiled =
          (kind == ApplicationKind.NEW
                  ? Screener.of(PrecedencePolicy.CATALOG, day)
                  : Screener.of(PrecedencePolicy.CATALOG, day, kind))
              .criteria().stream().map(c -> c.id().toString()).sorted().toList();
      assertEquals(matched, compiled, kind.toString());
    }
    assertEquals(
        List.of("fake2.base.criteria", "fake2.old.star", "fake2.restated.star"),
        Screener.of(PrecedencePolicy.CATALOG, day, ApplicationKind.RENEWAL).criteria().stream()
            .map(c -> c.id().toString())
            .sorted()
            .toList());
  }
}
