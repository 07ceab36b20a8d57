package io.github.srdipolicy.jilin;

import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.ClauseStatus;
import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.ImmutableIncentive;
import io.github.srdipolicy.model.ImmutableMeasure;
import io.github.srdipolicy.model.ImmutableProvision;
import io.github.srdipolicy.model.ImmutableTarget;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Stacking;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.Trigger;
import io.github.srdipolicy.model.TriggerKind;
import java.time.LocalDate;

/**
 * Shorthands shared by the per-document classes, so that each fact reads as one line of data:
 * every helper returns a builder already holding the id, label and source, and the document class
 * adds the values read from its clause.
 */
final class Encoding {
  private Encoding() {}

  static LocalizedText t(String zh, String en) {
    return LocalizedText.of(zh, en);
  }

  // ------------------------------------------------------------------ outline

  static Clause encoded(String path, String zh, String en) {
    return Clause.encoded(path, zh, en);
  }

  static Clause noFact(String path, String zh, String en, String reasonZh, String reasonEn) {
    return Clause.noFact(path, zh, en, t(reasonZh, reasonEn));
  }

  /** A clause whose text the source does not contain, with the reason in the encoders' words. */
  static Clause missing(String path, String zh, String en, String reasonZh, String reasonEn) {
    return Clause.builder().path(path).heading(t(zh, en)).status(ClauseStatus.NOT_AVAILABLE)
        .reason(t(reasonZh, reasonEn)).build();
  }

  // ------------------------------------------------------------------ facts

  static ImmutableProvision.Builder provision(String id, Provision.Kind kind, SourceRef source, String zh,
      String en) {
    return Provision.builder().id(FactId.of(id)).kind(kind).source(source).label(t(zh, en));
  }

  static ImmutableMeasure.Builder measure(String id, Measure.Kind kind, SourceRef source, String zh, String en) {
    return Measure.builder().id(FactId.of(id)).kind(kind).source(source).title(t(zh, en));
  }

  /** A target to be reached by the end of a year (到 year 年底). */
  static ImmutableTarget.Builder byEndOf(int year, String id, SourceRef source, JurisdictionCode scope,
      String metricKey, String zh, String en) {
    return Target.builder().id(FactId.of(id)).source(source).scope(scope).metricKey(metricKey).metric(t(zh, en))
        .cadence(TargetCadence.BY_DEADLINE).deadline(LocalDate.of(year, 12, 31));
  }

  /** A target for a period of whole calendar years. */
  static ImmutableTarget.Builder overYears(int first, int last, String id, SourceRef source, JurisdictionCode scope,
      String metricKey, String zh, String en) {
    return Target.builder().id(FactId.of(id)).source(source).scope(scope).metricKey(metricKey).metric(t(zh, en))
        .cadence(TargetCadence.OVER_PERIOD).period(DateRange.years(first, last));
  }

  /** Completes a target with how its value is read. */
  static Target value(ImmutableTarget.Builder target, TargetComparator comparator, Quantity value,
      TargetBasis basis, Commitment commitment) {
    return target.comparator(comparator).value(value).basis(basis).commitment(commitment).build();
  }

  static ImmutableIncentive.Builder incentive(String id, IncentiveKind kind, SourceRef source,
      JurisdictionCode funder, String zh, String en) {
    return Incentive.builder().id(FactId.of(id)).kind(kind).source(source).fundingJurisdiction(funder)
        .label(t(zh, en));
  }

  static Trigger trigger(TriggerKind kind, String zh, String en) {
    return Trigger.builder().kind(kind).description(t(zh, en)).build();
  }

  static Stacking stacking(StackingRule rule, SourceRef source) {
    return Stacking.builder().rule(rule).source(source).build();
  }
}
