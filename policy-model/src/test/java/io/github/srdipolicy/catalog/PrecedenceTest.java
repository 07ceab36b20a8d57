package io.github.srdipolicy.catalog;

import static io.github.srdipolicy.testing.PrecedencePolicy.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Criteria chosen by tier × kind × date, and one answer per tier, over a small invented policy: a
 * province measure of 2020 replaced by one of 2025 for new applications, while renewals stay under
 * the old one for a year; and a county document restating the 2020 criteria.
 */
class PrecedenceTest {
  static String deciding(ApplicationKind kind, LocalDate date) {
    return CATALOG
        .decidingCriteria(STAR, kind, date)
        .map(c -> c.deciding().id().toString())
        .orElse("none");
  }

  @Test
  @DisplayName(
      "criteria by tier × kind × date: new applications move on the switch day, renewals a year later")
  void selection_byKindAndDate() {
    assertEquals("fake2.old.star", deciding(ApplicationKind.NEW, SWITCH.minusDays(1)));
    assertEquals("fake2.new.star", deciding(ApplicationKind.NEW, SWITCH));
    assertEquals("fake2.old.star", deciding(ApplicationKind.RENEWAL, SWITCH));
    assertEquals("fake2.old.star", deciding(ApplicationKind.RENEWAL, RENEWALS_MOVE.minusDays(1)));
    assertEquals("fake2.new.star", deciding(ApplicationKind.RENEWAL, RENEWALS_MOVE));
    assertEquals("none", deciding(ApplicationKind.NEW, LocalDate.of(2019, 12, 31)));
    assertEquals(
        List.of(
            FactId.of("fake2.old.star"),
            FactId.of("fake2.new.star"),
            FactId.of("fake2.restated.star")),
        CATALOG.criteriaFor(STAR, SWITCH).stream().map(EligibilityCriteria::id).toList(),
        "any kind: both measures (and the restatement) apply on the switch day");
    assertEquals(
        List.of(FactId.of("fake2.new.star"), FactId.of("fake2.restated.star")),
        CATALOG.criteriaFor(STAR, SWITCH, ApplicationKind.NEW).stream()
            .map(EligibilityCriteria::id)
            .toList());
  }

  @Test
  @DisplayName(
      "a document's own criteria prevail over a restatement; the restatement is listed as also in force")
  void precedence_ownOverRestatement() {
    CriteriaChoice c =
        CATALOG.decidingCriteria(STAR, ApplicationKind.NEW, LocalDate.of(2022, 6, 1)).orElseThrow();
    assertEquals(FactId.of("fake2.old.star"), c.deciding().id());
    assertEquals(
        List.of(FactId.of("fake2.restated.star")),
        c.alsoInForce().stream().map(EligibilityCriteria::id).toList());
    assertTrue(c.precedenceStated());
    // After the switch the 2025 criteria decide, and nothing says they prevail over the
    // restatement.
    CriteriaChoice later =
        CATALOG.decidingCriteria(STAR, ApplicationKind.NEW, SWITCH).orElseThrow();
    assertEquals(FactId.of("fake2.new.star"), later.deciding().id());
    assertFalse(later.precedenceStated());
  }

  @Test
  @DisplayName(
      "one answer per tier: the deciding outcome, the others also in force with their own outcomes; ladder order")
  void answers_oneForEachTier() {
    // 1500万 passes the restated 500万 and the 2020 1000万 bound but not the 2025 2000万 one.
    List<TierAnswer> answers =
        CATALOG.answers(firm(ApplicationKind.NEW, "1500"), LocalDate.of(2022, 6, 1));
    assertEquals(List.of(BASE, STAR), answers.stream().map(TierAnswer::tier).toList());
    TierAnswer star = answers.get(1);
    assertEquals(Outcome.ELIGIBLE, star.answer().outcome());
    assertEquals(FactId.of("fake2.old.star"), star.answer().criteria());
    assertEquals(
        List.of(FactId.of("fake2.restated.star")),
        star.alsoInForce().stream().map(EligibilityReport::criteria).toList());

    TierAnswer renewal =
        CATALOG.answers(firm(ApplicationKind.RENEWAL, "1500"), LocalDate.of(2025, 6, 1)).get(1);
    assertEquals(ApplicationKind.RENEWAL, renewal.kind());
    assertEquals(FactId.of("fake2.old.star"), renewal.answer().criteria());
    assertEquals(Outcome.ELIGIBLE, renewal.answer().outcome());
    TierAnswer fresh =
        CATALOG.answers(firm(ApplicationKind.NEW, "1500"), LocalDate.of(2025, 6, 1)).get(1);
    assertEquals(FactId.of("fake2.new.star"), fresh.answer().criteria());
    assertEquals(Outcome.NOT_ELIGIBLE, fresh.answer().outcome());
    assertEquals(
        List.of(Outcome.ELIGIBLE),
        fresh.alsoInForce().stream().map(EligibilityReport::outcome).toList(),
        "the restatement still answers, for information");
  }

  @Test
  @DisplayName(
      "match evaluates every set that applies to the firm's kind (the screener's test checks it compiles the same ones)")
  void match_followsApplicability() {
    LocalDate day = LocalDate.of(2025, 6, 1);
    assertEquals(
        List.of("fake2.base.criteria", "fake2.new.star", "fake2.restated.star"),
        CATALOG.match(firm(ApplicationKind.NEW, "1500"), day).stream()
            .map(r -> r.criteria().toString())
            .sorted()
            .toList());
    assertEquals(
        List.of("fake2.base.criteria", "fake2.old.star", "fake2.restated.star"),
        CATALOG.match(firm(ApplicationKind.RENEWAL, "1500"), day).stream()
            .map(r -> r.criteria().toString())
            .sorted()
            .toList());
  }

  @Test
  @DisplayName(
      "overlaps without a stated precedence are listed for lint, with the first common day")
  void precedenceGaps_listed() {
    List<String> gaps = CATALOG.precedenceGaps();
    assertEquals(2, gaps.size(), gaps.toString());
    assertTrue(
        gaps.get(0).contains("fake2.new.star")
            && gaps.get(0).contains("fake2.restated.star")
            && gaps.get(0).contains("NEW")
            && gaps.get(0).contains("2025-01-01"),
        gaps.get(0));
    assertTrue(gaps.get(1).contains("RENEWAL") && gaps.get(1).contains("2026-01-01"), gaps.get(1));
    EligibilityCriteria newStarWins =
        EligibilityCriteria.builder()
            .from(NEW_STAR)
            .addSupersedes(FactId.of("fake2.old.star"))
            .build();
    assertTrue(newStarWins.supersedes().contains(FactId.of("fake2.old.star")));
  }

  @Test
  @DisplayName(
      "precedence naming unknown criteria, or criteria of another tier, is rejected at load")
  void precedence_checkedAtLoad() {
    EligibilityCriteria wrong =
        EligibilityCriteria.builder()
            .from(OLD_STAR)
            .supersedes(List.of(FactId.of("fake2.nothing"), FactId.of("fake2.base.criteria")))
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Catalog.of(source(wrong, RESTATED_STAR)));
    assertTrue(e.getMessage().contains("unknown criteria fake2.nothing"), e.getMessage());
    assertTrue(
        e.getMessage().contains("fake2.base.criteria, which is for another tier"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            EligibilityCriteria.builder()
                .from(OLD_STAR)
                .addSupersedes(FactId.of("fake2.old.star"))
                .build());
    assertEquals(
        Optional.empty(),
        CATALOG.decidingCriteria(BASE, ApplicationKind.NEW, LocalDate.of(2019, 1, 1)));
  }
}
