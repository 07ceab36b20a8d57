package io.github.srdipolicy.testing;

import static io.github.srdipolicy.testing.FakePolicy.text;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.engine.EnterpriseProfile;
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
import java.time.LocalDate;
import java.util.List;

/**
 * A small invented policy for the criteria-selection rules: a province measure of 2020 replaced by
 * one of 2025 for new applications, while renewals stay under the old one for a year, and a county
 * document restating the 2020 criteria. Shared by the core's {@code PrecedenceTest} and the
 * screening module's test that the screener picks the same criteria.
 */
public final class PrecedencePolicy {
  private PrecedencePolicy() {}

  public static final JurisdictionCode PROVINCE = JurisdictionCode.of("980000");
  public static final JurisdictionCode COUNTY = JurisdictionCode.of("980001");
  public static final TierId BASE = TierId.of("fake2.base");
  public static final TierId STAR = TierId.of("fake2.star");
  public static final String OLD = "旧办法〔2020〕1号";
  public static final String NEW = "新办法〔2025〕1号";
  public static final String RESTATED = "县转发〔2021〕1号";
  public static final LocalDate SWITCH = LocalDate.of(2025, 1, 1);
  public static final LocalDate RENEWALS_MOVE = LocalDate.of(2026, 1, 1);

  public static EligibilityCriteria criteria(
      String id, TierId tier, String doc, String revenueWan) {
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

  public static PolicyDocument doc(
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

  public static final EligibilityCriteria OLD_STAR =
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
  public static final EligibilityCriteria NEW_STAR =
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
  public static final EligibilityCriteria RESTATED_STAR =
      criteria("fake2.restated.star", STAR, RESTATED, "500");
  public static final EligibilityCriteria BASE_CRITERIA =
      criteria("fake2.base.criteria", BASE, OLD, "100");

  public static PolicySource source(EligibilityCriteria oldStar, EligibilityCriteria restated) {
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

  public static final Catalog CATALOG = Catalog.of(source(OLD_STAR, RESTATED_STAR));

  public static EnterpriseProfile firm(ApplicationKind kind, String revenueWan) {
    return EnterpriseProfile.builder()
        .jurisdiction(COUNTY)
        .applicationKind(kind)
        .putValues(Indicators.OPERATING_REVENUE.id(), Quantity.wanYuan(revenueWan))
        .build();
  }
}
