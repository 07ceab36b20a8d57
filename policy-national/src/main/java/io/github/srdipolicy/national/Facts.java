package io.github.srdipolicy.national;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.ImmutableAllOf;
import io.github.srdipolicy.model.ImmutableAnyOf;
import io.github.srdipolicy.model.ImmutableComparison;
import io.github.srdipolicy.model.ImmutableEligibilityCriteria;
import io.github.srdipolicy.model.ImmutableQualitative;
import io.github.srdipolicy.model.ImmutableSumComparison;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import java.util.Arrays;

/** Short builders for the national facts, so that each document class reads as its clauses. */
final class Facts {
  private Facts() {}

  /** The county plan whose annex 3 is the seed text of the national criteria. */
  static final String JINHU = "金政发〔2022〕33号";

  private static final String TWO_REPOSTS = "public reposts: the same figure in two or more independent reposts";
  private static final String ONE_REPOST = "public reposts: a single secondary source";

  static LocalizedText text(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  /** A clause of annex 3 of 金政发〔2022〕33号, read in the seed text. */
  static SourceRef seed(String clause) {
    return SourceRef.of(JINHU, clause, Confidence.SEED);
  }

  /** A fact found alike in two or more reposts of a document not read here. */
  static SourceRef c(String document, String clause) {
    return SourceRef.builder().document(DocumentId.of(document)).clause(clause)
        .confidence(Confidence.SECONDARY_C).provenance(TWO_REPOSTS).build();
  }

  /** A fact found in one repost only. */
  static SourceRef s(String document, String clause) {
    return SourceRef.builder().document(DocumentId.of(document)).clause(clause)
        .confidence(Confidence.SECONDARY_S).provenance(ONE_REPOST).build();
  }

  static ImmutableComparison cmp(String id, String zh, String en, Indicator indicator, Operator op, Quantity bound,
      SourceRef source) {
    return Comparison.builder().id(FactId.of(id)).label(text(zh, en)).source(source)
        .indicator(indicator.id()).operator(op).threshold(bound).build();
  }

  static ImmutableSumComparison sum(String id, String zh, String en, Operator op, Quantity bound, SourceRef source,
      Indicator... indicators) {
    return SumComparison.builder().id(FactId.of(id)).label(text(zh, en)).source(source).operator(op).threshold(bound)
        .addAllIndicators(Arrays.stream(indicators).map(Indicator::id).toList()).build();
  }

  static ImmutableQualitative review(String id, String zh, String en, String declaration, SourceRef source) {
    return Qualitative.builder().id(FactId.of(id)).label(text(zh, en)).source(source).declaration(declaration)
        .assessment(Qualitative.Assessment.REVIEW).build();
  }

  static ImmutableQualitative declared(String id, String zh, String en, String declaration, SourceRef source) {
    return Qualitative.builder().id(FactId.of(id)).label(text(zh, en)).source(source).declaration(declaration)
        .assessment(Qualitative.Assessment.DECLARATION).build();
  }

  static ImmutableAllOf all(String id, String zh, String en, SourceRef source, Condition... conditions) {
    return AllOf.builder().id(FactId.of(id)).label(text(zh, en)).source(source).addConditions(conditions).build();
  }

  static ImmutableAnyOf any(String id, String zh, String en, SourceRef source, Condition... conditions) {
    return AnyOf.builder().id(FactId.of(id)).label(text(zh, en)).source(source).addConditions(conditions).build();
  }

  static HoldsTier holds(String id, String zh, String en, TierId tier, SourceRef source) {
    return HoldsTier.builder().id(FactId.of(id)).label(text(zh, en)).source(source).tier(tier).build();
  }

  /** Criteria with a single general track; {@code id} prefixes the track id. */
  static ImmutableEligibilityCriteria.Builder criteria(String id, TierId tier, String zh, String en, SourceRef source,
      Condition condition) {
    return EligibilityCriteria.builder().id(FactId.of(id)).tier(tier).label(text(zh, en)).source(source)
        .addTracks(Track.builder().id(FactId.of(id + ".general")).kind(TrackKind.GENERAL).label(text(zh, en))
            .condition(condition).build());
  }
}
