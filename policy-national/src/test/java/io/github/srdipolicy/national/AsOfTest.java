package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Fixtures.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Which national criteria are in force on a date. */
class AsOfTest {
  private static Set<String> criteria(TierId tier, String date) {
    return CATALOG.criteriaFor(tier, LocalDate.parse(date)).stream().map(c -> c.id().toString())
        .collect(Collectors.toSet());
  }

  /** (tier, date, criteria ids in force). */
  static Stream<Arguments> asOf() {
    TierId lg = National.LITTLE_GIANT;
    TierId srdi = National.SRDI_SME;
    TierId isme = National.INNOVATIVE_SME;
    TierId sc = National.SINGLE_CHAMPION;
    return Stream.of(
        Arguments.of(lg, "2022-01-01", Set.of()),
        Arguments.of(lg, "2022-04-22", Set.of("cn.cited-2022.lg.criteria")),
        Arguments.of(lg, "2022-05-01", Set.of("cn.cited-2022.lg.criteria")),
        Arguments.of(lg, "2022-05-31", Set.of("cn.cited-2022.lg.criteria")),
        Arguments.of(lg, "2022-06-01", Set.of("cn.gradient-2022.lg.criteria")),
        Arguments.of(lg, "2023-01-01", Set.of("cn.gradient-2022.lg.criteria")),
        Arguments.of(lg, "2026-03-31", Set.of("cn.gradient-2022.lg.criteria")),
        Arguments.of(lg, "2026-04-01", Set.of("cn.gradient-2026.lg.criteria")),
        Arguments.of(lg, "2026-06-01", Set.of("cn.gradient-2026.lg.criteria")),
        Arguments.of(srdi, "2022-05-01", Set.of()),
        Arguments.of(srdi, "2023-01-01", Set.of("cn.gradient-2022.srdi.criteria")),
        Arguments.of(srdi, "2026-06-01", Set.of("cn.gradient-2026.srdi.criteria")),
        Arguments.of(isme, "2023-01-01", Set.of("cn.gradient-2022.isme.criteria")),
        // No innovative-SME facts of the 2026 measures are known.
        Arguments.of(isme, "2026-06-01", Set.of()),
        Arguments.of(sc, "2015-06-01", Set.of()),
        Arguments.of(sc, "2020-01-01", Set.of("cn.champion-2016.criteria")),
        Arguments.of(sc, "2022-05-01", Set.of("cn.champion-2016.criteria", "cn.cited-2022.sc.criteria")),
        Arguments.of(sc, "2023-01-01", Set.of("cn.champion-2016.criteria", "cn.cited-2022.sc.criteria")),
        Arguments.of(sc, "2023-08-01", Set.of("cn.champion-2023.criteria")),
        Arguments.of(sc, "2026-06-01", Set.of("cn.champion-2023.criteria")));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("asOf")
  void criteriaInForce(TierId tier, String date, Set<String> expected) {
    assertEquals(expected, criteria(tier, date));
  }

  @Test
  void criteria2026_warnThatReviewsIn2026StillUseThe2022Standard() {
    EligibilityCriteria c = CATALOG.criteriaFor(National.LITTLE_GIANT, LocalDate.of(2026, 6, 1)).get(0);
    assertTrue(c.caveats().stream().anyMatch(t -> t.zh().contains("2026年内的\"小巨人\"评审仍执行2022年标准")), c.caveats().toString());
  }

  @Test
  void everyLittleGiantVersion_isFoundByItsDates() {
    assertEquals(Set.of("cn.cited-2022.lg.criteria", "cn.gradient-2022.lg.criteria", "cn.gradient-2026.lg.criteria"),
        CATALOG.criteriaFor(National.LITTLE_GIANT).stream().map(c -> c.id().toString()).collect(Collectors.toSet()));
  }
}
