package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.ImmutableAllOf;
import io.github.srdipolicy.model.ImmutableAnyOf;
import io.github.srdipolicy.model.ImmutableComparison;
import io.github.srdipolicy.model.ImmutableMeasure;
import io.github.srdipolicy.model.ImmutableProvision;
import io.github.srdipolicy.model.ImmutableQualitative;
import io.github.srdipolicy.model.ImmutableSumComparison;
import io.github.srdipolicy.model.ImmutableTarget;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.DateRange;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Short builders for the facts of one document, so that the per-document classes read as data:
 * every builder takes the clause the fact is encoded from and fills in the source reference.
 */
final class Encoder {
  private final String document;

  Encoder(String document) {
    this.document = document;
  }

  String document() {
    return document;
  }

  SourceRef at(String clause) {
    return SourceRef.of(document, clause);
  }

  static LocalizedText t(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  static Clause encoded(String path, String zh, String en) {
    return Clause.encoded(path, zh, en);
  }

  static Clause none(String path, String zh, String en, String reasonZh, String reasonEn) {
    return Clause.noFact(path, zh, en, t(reasonZh, reasonEn));
  }

  // ------------------------------------------------------------------ conditions

  ImmutableComparison cmp(String id, String clause, String zh, String en, Indicator indicator, Operator op,
      Quantity bound) {
    return Comparison.builder().id(FactId.of(id)).label(t(zh, en)).source(at(clause))
        .indicator(indicator.id()).operator(op).threshold(bound).build();
  }

  /** A yes/no status that must be held. */
  ImmutableComparison holds(String id, String clause, String zh, String en, Indicator flag) {
    return cmp(id, clause, zh, en, flag, Operator.EQUAL_TO, Quantity.flag(true));
  }

  ImmutableSumComparison sum(String id, String clause, String zh, String en, Operator op, Quantity bound,
      Indicator... summands) {
    return SumComparison.builder().id(FactId.of(id)).label(t(zh, en)).source(at(clause))
        .indicators(Arrays.stream(summands).map(Indicator::id).toList()).operator(op).threshold(bound).build();
  }

  /** A qualitative condition the firm itself states (registration, records, affiliation). */
  ImmutableQualitative declared(String id, String clause, String zh, String en, String key) {
    return Qualitative.builder().id(FactId.of(id)).label(t(zh, en)).source(at(clause)).declaration(key)
        .assessment(Qualitative.Assessment.DECLARATION).build();
  }

  /** A qualitative condition an expert or authority judges (leading technology, growth potential). */
  ImmutableQualitative reviewed(String id, String clause, String zh, String en, String key) {
    return Qualitative.builder().id(FactId.of(id)).label(t(zh, en)).source(at(clause)).declaration(key)
        .assessment(Qualitative.Assessment.REVIEW).build();
  }

  ImmutableAllOf all(String id, String clause, String zh, String en, Condition... conditions) {
    return AllOf.builder().id(FactId.of(id)).label(t(zh, en)).source(at(clause)).addConditions(conditions).build();
  }

  ImmutableAnyOf any(String id, String clause, String zh, String en, Condition... conditions) {
    return AnyOf.builder().id(FactId.of(id)).label(t(zh, en)).source(at(clause)).addConditions(conditions).build();
  }

  // ------------------------------------------------------------------ other facts

  /** A target with its id, metric, source and scope; the caller adds value, comparator and time frame. */
  ImmutableTarget.Builder target(String id, String clause, String metricKey, String zh, String en,
      JurisdictionCode scope) {
    return Target.builder().id(FactId.of(id)).source(at(clause)).metricKey(metricKey).metric(t(zh, en))
        .scope(scope);
  }

  /** Fills a target's time frame with "by the end of a year" (到20XX年). */
  static ImmutableTarget.Builder byEndOf(ImmutableTarget.Builder target, int year) {
    return target.cadence(TargetCadence.BY_DEADLINE).deadline(LocalDate.of(year, 12, 31));
  }

  /** Fills a target's time frame with "over the whole plan period". */
  static ImmutableTarget.Builder overPeriod(ImmutableTarget.Builder target, int firstYear, int lastYear) {
    return target.cadence(TargetCadence.OVER_PERIOD).period(DateRange.years(firstYear, lastYear));
  }

  ImmutableProvision.Builder provision(String id, Provision.Kind kind, String clause, String zh, String en) {
    return Provision.builder().id(FactId.of(id)).kind(kind).source(at(clause)).label(t(zh, en));
  }

  ImmutableMeasure.Builder measure(String id, Measure.Kind kind, String clause, String zh, String en) {
    return Measure.builder().id(FactId.of(id)).kind(kind).source(at(clause)).title(t(zh, en));
  }
}
