package io.github.srdipolicy.catalog;

import static io.github.srdipolicy.testing.FakePolicy.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.Applicability;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.screening.Screener;
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
  static final JurisdictionCode PROVINCE = JurisdictionCode.of("980000");
  static final JurisdictionCode COUNTY = JurisdictionCode.of("980001");
  static final TierId BASE = TierId.of("fake2.base");
  static final TierId STAR = TierId.of("fake2.star");
  static final String OLD = "旧办法〔2020〕1号";
  static final String NEW = "新办法〔2025〕1号";
  static final String RESTATED = "县转发〔2021〕1号";
  static final LocalDate SWITCH = LocalDate.of(2025, 1, 1);
  static final LocalDate RENEWALS_MOVE = LocalDate.of(2026, 1, 1);

  static EligibilityCriteria criteria(String id, TierId tier, String doc, String revenueWan) {
    return EligibilityCriteria.builder()
        .id(FactId.of(id))
        .tier(tier)
        .label(text(id))
        .source(SourceRef.of(doc, "1"))
        .addTracks(
            Track.builder()
                .id(FactId.of(id + ".general"))
                .kind(TrackKind.GENERAL)
                .label(text("general"))
                .condition(
                    io.github.srdipolicy.model.Comparison.builder()
                        .id(FactId.of(id + ".revenue"))
                        .label(text("revenue"))
                        .source(SourceRef.of(doc, "1"))
                        .indicator(Indicators.OPERATING_REVENUE.id())
                        .operator(Operator.AT_LEAST)
                        .threshold(Quantity.wanYuan(revenueWan))
                        .build())
                .build())
        .build();
  }

  static PolicyDocument doc(
      String id,
      JurisdictionCode where,
      DateRange validity,
      List<Tier> tiers,
      EligibilityCriteria... criteria) {
    return PolicyDocument.builder()
        .id(DocumentId.of(id))
        .issuer(text("测试"))
        .title(text(id))
        .validity(validity)
        .jurisdiction(where)
        .completeness(Completeness.COMPLETE)
        .addOutline(Clause.encoded("1", "条件", "criteria"))
        .addAllTiers(tiers)
        .addCriteria(criteria)
        .build();
  }

  static final EligibilityCriteria OLD_STAR =
      EligibilityCriteria.builder()
          .from(criteria("fake2.old.star", STAR, OLD, "1000"))
          .addApplicability(
              Applicability.builder()
                  .period(DateRange.of(LocalDate.of(2020, 1, 1), SWITCH))
                  .build())
          .addApplicability(
              Applicability.builder()
                  .addKinds(ApplicationKind.RENEWAL)
                  .period(DateRange.of(SWITCH, RENEWALS_MOVE))
                  .source(SourceRef.of(NEW, "1"))
                  .note(text("renewals of 2025 stay under the 2020 criteria"))
                  .build())
          .addSupersedes(FactId.of("fake2.restated.star"))
          .precedenceNote(text("a document's own criteria over a lower-level restatement"))
          .build();
  static final EligibilityCriteria NEW_STAR =
      EligibilityCriteria.builder()
          .from(criteria("fake2.new.star", STAR, NEW, "2000"))
          .addApplicability(
              Applicability.builder()
                  .addKinds(ApplicationKind.NEW)
                  .period(DateRange.from(SWITCH))
                  .build())
          .addApplicability(
              Applicability.builder()
                  .addKinds(ApplicationKind.RENEWAL)
                  .period(DateRange.from(RENEWALS_MOVE))
                  .build())
          .build();
  static final EligibilityCriteria RESTATED_STAR =
      criteria("fake2.restated.star", STAR, RESTATED, "500");
  static final EligibilityCriteria BASE_CRITERIA =
      criteria("fake2.base.criteria", BASE, OLD, "100");

  static PolicySource source(EligibilityCriteria oldStar, EligibilityCriteria restated) {
    Tier base =
        Tier.builder()
            .id(BASE)
            .name(text("base"))
            .jurisdiction(PROVINCE)
            .level(JurisdictionLevel.PROVINCE)
            .source(SourceRef.of(OLD, "1"))
            .validityYears(1)
            .build();
    Tier star =
        Tier.builder()
            .id(STAR)
            .name(text("star"))
            .jurisdiction(PROVINCE)
            .level(JurisdictionLevel.PROVINCE)
            .source(SourceRef.of(OLD, "1"))
            .validityYears(3)
            .build();
    PolicyDocument old =
        PolicyDocument.builder()
            .from(
                doc(
                    OLD,
                    PROVINCE,
                    DateRange.from(LocalDate.of(2020, 1, 1)),
                    List.of(base, star),
                    oldStar,
                    BASE_CRITERIA))
            // The star tier is listed before the base one, so that only the ladder puts base first.
            .addLadders(
                TierLadder.builder()
                    .id(FactId.of("fake2.ladder"))
                    .jurisdiction(PROVINCE)
                    .label(text("ladder"))
                    .addRungs(BASE, STAR)
                    .source(SourceRef.of(OLD, "1"))
                    .build())
            .build();
    PolicyDocument later = doc(NEW, PROVINCE, DateRange.from(SWITCH), List.of(), NEW_STAR);
    PolicyDocument county =
        doc(RESTATED, COUNTY, DateRange.from(LocalDate.of(2021, 1, 1)), List.of(), restated);
    return new PolicySource() {
      @Override
      public String name() {
        return "fake2";
      }

      @Override
      public List<Jurisdiction> jurisdictions() {
        return List.of(
            Jurisdiction.builder()
                .code(PROVINCE)
                .level(JurisdictionLevel.PROVINCE)
                .name(text("省"))
                .parent(JurisdictionCode.CN)
                .build(),
            Jurisdiction.builder()
                .code(COUNTY)
                .level(JurisdictionLevel.COUNTY)
                .name(text("县"))
                .parent(PROVINCE)
                .build());
      }

      @Override
      public List<io.github.srdipolicy.model.Indicator> indicators() {
        return List.of();
      }

      @Override
      public List<PolicyDocument> documents() {
        return List.of(old, later, county);
      }
    };
  }

  static final Catalog CATALOG = Catalog.of(source(OLD_STAR, RESTATED_STAR));

  static EnterpriseProfile firm(ApplicationKind kind, String revenueWan) {
    return EnterpriseProfile.builder()
        .jurisdiction(COUNTY)
        .applicationKind(kind)
        .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan(revenueWan))
        .build();
  }

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
      "match evaluates every set that applies to the firm's kind; the screener compiles the same ones")
  void match_andScreener_followApplicability() {
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
    assertEquals(
        List.of("fake2.base.criteria", "fake2.new.star", "fake2.restated.star"),
        Screener.of(CATALOG, day).criteria().stream()
            .map(c -> c.id().toString())
            .sorted()
            .toList());
    assertEquals(
        List.of("fake2.base.criteria", "fake2.old.star", "fake2.restated.star"),
        Screener.of(CATALOG, day, ApplicationKind.RENEWAL).criteria().stream()
            .map(c -> c.id().toString())
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
