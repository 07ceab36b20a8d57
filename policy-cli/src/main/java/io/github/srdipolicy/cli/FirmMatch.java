package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.TierAnswer;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything {@code match} reports for one firm, computed before anything is printed so that an
 * invalid profile fails without partial output.
 */
final class FirmMatch {
  /** The reports of one document in force, in the document's order. */
  record DocumentResults(PolicyDocument document, List<TierResult> results) {}

  /**
   * The answer for one tier: the report of the criteria that decide it, the incentives recognition
   * would bring, and the reports of other criteria also in force for the tier (not deciding).
   */
  record TierResult(
      EligibilityReport report,
      Tier tier,
      List<Incentive> incentives,
      List<Also> alsoInForce,
      boolean precedenceStated,
      Optional<LocalizedText> precedenceNote) {}

  /** Other criteria in force for a tier, with their document and outcome. */
  record Also(EligibilityReport report, DocumentId document) {}

  final EnterpriseProfile profile;
  final LocalDate asOf;
  final List<Jurisdiction> chain;
  final List<DocumentResults> documents;

  /**
   * Documents in force for the firm that set no criteria (yet): listed so an empty result is
   * explained.
   */
  final List<PolicyDocument> withoutCriteria;

  /** Levels of the chain with no encoded document at all ({@link UndocumentedLevels}). */
  final List<Jurisdiction> withoutDocuments;

  private FirmMatch(
      EnterpriseProfile profile,
      LocalDate asOf,
      List<Jurisdiction> chain,
      List<DocumentResults> documents,
      List<PolicyDocument> withoutCriteria,
      List<Jurisdiction> withoutDocuments) {
    this.withoutDocuments = withoutDocuments;
    this.profile = profile;
    this.asOf = asOf;
    this.chain = chain;
    this.documents = documents;
    this.withoutCriteria = withoutCriteria;
  }

  static FirmMatch of(Catalog catalog, EnterpriseProfile profile, LocalDate asOf) {
    List<Jurisdiction> chain = catalog.chain(profile.jurisdiction());
    List<TierAnswer> answers = catalog.answers(profile, asOf);
    Set<JurisdictionCode> codes =
        chain.stream().map(Jurisdiction::code).collect(Collectors.toSet());
    List<PolicyDocument> inForce = catalog.documentsInForce(profile.jurisdiction(), asOf);
    Set<DocumentId> inForceIds =
        inForce.stream().map(PolicyDocument::id).collect(Collectors.toSet());

    Map<DocumentId, List<TierResult>> byDocument = new LinkedHashMap<>();
    for (TierAnswer a : answers) {
      EligibilityReport r = a.answer();
      // Only incentives the firm's own jurisdictions fund, from documents in force on the date.
      List<Incentive> incentives =
          catalog.incentivesFor(r.tier()).stream()
              .filter(i -> codes.contains(i.fundingJurisdiction()))
              .filter(i -> inForceIds.contains(catalog.documentOf(i.id()).id()))
              .toList();
      byDocument
          .computeIfAbsent(catalog.documentOf(r.criteria()).id(), d -> new ArrayList<>())
          .add(
              new TierResult(
                  r,
                  catalog.tier(r.tier()),
                  incentives,
                  a.alsoInForce().stream()
                      .map(x -> new Also(x, catalog.documentOf(x.criteria()).id()))
                      .toList(),
                  a.precedenceStated(),
                  catalog.fact(r.criteria(), EligibilityCriteria.class).precedenceNote()));
    }
    List<DocumentResults> documents = new ArrayList<>();
    byDocument.forEach(
        (d, rs) -> documents.add(new DocumentResults(catalog.document(d), List.copyOf(rs))));
    List<PolicyDocument> without =
        inForce.stream().filter(d -> !byDocument.containsKey(d.id())).toList();
    return new FirmMatch(
        profile,
        asOf,
        chain,
        List.copyOf(documents),
        without,
        catalog.levelsWithoutDocuments(profile.jurisdiction()));
  }
}
