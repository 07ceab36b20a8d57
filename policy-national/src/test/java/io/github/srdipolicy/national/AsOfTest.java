package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which national criteria decide a tier for a kind of application on a date (NATIONAL-2026.md §2),
 * and which others are also in force then.
 */
class AsOfTest {
  private static final ApplicationKind NEW = ApplicationKind.NEW;
  private static final ApplicationKind RENEWAL = ApplicationKind.RENEWAL;

  /** (tier, kind, date, deciding criteria or "none", also in force). */
  static Stream<Arguments> asOf() {
    TierId lg = National.LITTLE_GIANT;
    TierId srdi = National.SRDI_SME;
    TierId isme = National.INNOVATIVE_SME;
    TierId tech = National.TECH_SME;
    TierId sc = National.SINGLE_CHAMPION;
    return Stream.of(
        Arguments.of(lg, NEW, "2022-01-01", "none", Set.of()),
        Arguments.of(lg, NEW, "2022-04-22", "cn.cited-2022.lg.criteria", Set.of()),
        Arguments.of(lg, NEW, "2022-05-31", "cn.cited-2022.lg.criteria", Set.of()),
        Arguments.of(lg, NEW, "2022-06-01", "cn.gradient-2022.lg.criteria", Set.of()),
        Arguments.of(lg, RENEWAL, "2023-01-01", "cn.gradient-2022.lg.criteria", Set.of()),
        Arguments.of(lg, NEW, "2026-03-31", "cn.gradient-2022.lg.criteria", Set.of()),
        // From 2026-04-01 new applications go by the 2026 standard, in the 2026 round with 117号's
        // exclusions ...
        Arguments.of(
            lg,
            NEW,
            "2026-04-01",
            "cn.round-2026.lg.criteria",
            Set.of("cn.gradient-2026.lg.criteria")),
        Arguments.of(
            lg,
            NEW,
            "2026-12-01",
            "cn.round-2026.lg.criteria",
            Set.of("cn.gradient-2026.lg.criteria")),
        Arguments.of(lg, NEW, "2027-01-01", "cn.gradient-2026.lg.criteria", Set.of()),
        // ... while 2026 renewals stay under 63号 annex 3, and from 2027 are assumed to move to 2号
        // with carve-outs.
        Arguments.of(lg, RENEWAL, "2026-04-01", "cn.gradient-2022.lg.criteria", Set.of()),
        Arguments.of(lg, RENEWAL, "2026-12-31", "cn.gradient-2022.lg.criteria", Set.of()),
        Arguments.of(lg, RENEWAL, "2027-01-01", "cn.gradient-2026.lg-renewal.criteria", Set.of()),
        Arguments.of(srdi, NEW, "2022-05-01", "none", Set.of()),
        Arguments.of(srdi, NEW, "2026-03-31", "cn.gradient-2022.srdi.criteria", Set.of()),
        Arguments.of(srdi, NEW, "2026-04-01", "cn.gradient-2026.srdi.criteria", Set.of()),
        Arguments.of(srdi, RENEWAL, "2026-03-31", "cn.gradient-2022.srdi.criteria", Set.of()),
        Arguments.of(
            srdi, RENEWAL, "2026-04-01", "cn.gradient-2026.srdi-renewal.criteria", Set.of()),
        Arguments.of(isme, NEW, "2023-01-01", "cn.gradient-2022.isme.criteria", Set.of()),
        // 63号 annex 1 stays in force under the transition rule of the 2026 measures.
        Arguments.of(isme, NEW, "2026-12-01", "cn.gradient-2022.isme.criteria", Set.of()),
        Arguments.of(isme, RENEWAL, "2026-12-01", "cn.gradient-2022.isme.criteria", Set.of()),
        Arguments.of(tech, NEW, "2017-05-02", "none", Set.of()),
        Arguments.of(tech, NEW, "2017-05-03", "cn.tech-sme-2017.criteria", Set.of()),
        Arguments.of(tech, RENEWAL, "2026-12-01", "cn.tech-sme-2017.criteria", Set.of()),
        Arguments.of(sc, NEW, "2015-06-01", "none", Set.of()),
        Arguments.of(sc, NEW, "2020-01-01", "cn.champion-2016.criteria", Set.of()),
        // One answer: the plan's own criteria over the county's restatement, which is listed as
        // also in force.
        Arguments.of(
            sc,
            NEW,
            "2022-05-01",
            "cn.champion-2016.criteria",
            Set.of("cn.cited-2022.sc.criteria")),
        Arguments.of(
            sc,
            NEW,
            "2023-08-31",
            "cn.champion-2016.criteria",
            Set.of("cn.cited-2022.sc.criteria")),
        Arguments.of(sc, NEW, "2023-09-01", "cn.champion-2023.criteria", Set.of()),
        Arguments.of(sc, NEW, "2026-12-01", "cn.champion-2023.criteria", Set.of()));
  }

  @ParameterizedTest(name = "{0} {1} on {2}")
  @MethodSource("asOf")
  void decidingCriteria(
      TierId tier, ApplicationKind kind, String date, String deciding, Set<String> also) {
    var choice = CATALOG.decidingCriteria(tier, kind, LocalDate.parse(date));
    assertEquals(deciding, choice.map(c -> c.deciding().id().toString()).orElse("none"));
    assertEquals(
        also,
        choice
            .map(
                c ->
                    c.alsoInForce().stream()
                        .map(x -> x.id().toString())
                        .collect(Collectors.toSet()))
            .orElse(Set.of()));
    choice.ifPresent(
        c -> assertTrue(c.precedenceStated(), "precedence is stated wherever two sets overlap"));
  }

  @Test
  void noOverlapIsLeftWithoutAStatedPrecedence() {
    assertEquals(java.util.List.of(), CATALOG.precedenceGaps());
  }

  @Test
  void the2026LittleGiantStandard_routesRenewalsInsteadOfTheOldCaveat() {
    EligibilityCriteria c =
        CATALOG.fact(
            io.github.srdipolicy.model.FactId.of("cn.gradient-2026.lg.criteria"),
            EligibilityCriteria.class);
    assertTrue(
        c.caveats().stream().noneMatch(t -> t.zh().contains("2026年内的\"小巨人\"评审仍执行2022年标准")),
        c.caveats().toString());
    assertEquals(java.util.List.of(NEW), c.applicability().get(0).kinds());
  }

  @Test
  void everyLittleGiantVersion_isKnown() {
    assertEquals(
        Set.of(
            "cn.cited-2022.lg.criteria",
            "cn.gradient-2022.lg.criteria",
            "cn.gradient-2026.lg.criteria",
            "cn.gradient-2026.lg-renewal.criteria",
            "cn.round-2026.lg.criteria"),
        CATALOG.criteriaFor(National.LITTLE_GIANT).stream()
            .map(c -> c.id().toString())
            .collect(Collectors.toSet()));
  }
}
